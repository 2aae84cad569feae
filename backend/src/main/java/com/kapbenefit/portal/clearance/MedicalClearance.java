package com.kapbenefit.portal.clearance;

import jakarta.inject.Singleton;

/** What other contexts may ask about clearance: whether a member was cleared. */
@Singleton
public class MedicalClearance {

    private final ClearanceCaseRepository cases;

    MedicalClearance(ClearanceCaseRepository cases) {
        this.cases = cases;
    }

    public boolean isCleared(String accountId) {
        return cases.findByAccountId(accountId).filter(found -> found.status() == ClearanceStatus.CLEARED).isPresent();
    }
}
