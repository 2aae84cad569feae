package com.kapbenefit.portal.clearance;

import jakarta.inject.Singleton;

import java.util.Optional;

/** What other contexts may ask about clearance: whether a member was cleared, and for which setting. */
@Singleton
public class MedicalClearance {

    private final ClearanceCaseRepository cases;

    MedicalClearance(ClearanceCaseRepository cases) {
        this.cases = cases;
    }

    public boolean isCleared(String accountId) {
        return clearedCare(accountId).isPresent();
    }

    /** The cleared member's recommended setting and whether screening flagged them for prompt attention. */
    public Optional<ClearedCare> clearedCare(String accountId) {
        return cases.findByAccountId(accountId)
                .filter(found -> found.status() == ClearanceStatus.CLEARED)
                .map(found -> new ClearedCare(found.setting(), found.urgent()));
    }

    /** When the member was cleared, if they were. */
    public Optional<java.time.Instant> clearedAt(String accountId) {
        return cases.findByAccountId(accountId).filter(found -> found.status() == ClearanceStatus.CLEARED).map(ClearanceCase::decidedAt);
    }

    public record ClearedCare(Setting setting, boolean urgent) {
    }
}
