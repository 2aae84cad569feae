package com.kapbenefit.portal.providers;

import com.kapbenefit.portal.shared.CareState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderLicenceTest {

    private static final LocalDate ISSUED = LocalDate.of(2024, 3, 1);
    private static final LocalDate EXPIRES = LocalDate.of(2027, 2, 28);
    private final ProviderLicence pending = new ProviderLicence("l1", "p1", CareState.CA, "LMFT", "LMFT 1", ISSUED, EXPIRES,
            null, null, null, null, null);

    @Test
    void aVerifiedLicenceCountsFromItsIssueDayThroughItsExpiryDay() {
        ProviderLicence verified = pending.verifiedBy("operator", Instant.parse("2024-03-02T10:00:00Z"));
        assertFalse(verified.validOn(ISSUED.minusDays(1)));
        assertTrue(verified.validOn(ISSUED));
        assertTrue(verified.validOn(EXPIRES));
        assertFalse(verified.validOn(EXPIRES.plusDays(1)));
        assertEquals(LicenceStatus.VERIFIED, verified.status());
    }

    @Test
    void anUnverifiedOrRejectedLicenceNeverCounts() {
        assertEquals(LicenceStatus.PENDING, pending.status());
        assertFalse(pending.validOn(LocalDate.of(2025, 6, 1)));
        ProviderLicence rejected = pending.verifiedBy("operator", Instant.now()).rejectedBy("operator", Instant.now(), "Number not found in the state register");
        assertEquals(LicenceStatus.REJECTED, rejected.status());
        assertFalse(rejected.validOn(LocalDate.of(2025, 6, 1)));
    }
}
