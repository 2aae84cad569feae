package com.kapbenefit.portal.clearance;

import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    /** The cleared care of many members at once; members not cleared are absent. */
    public Map<String, ClearedCare> clearedCare(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return cases.findByAccountIdInAndStatus(accountIds, ClearanceStatus.CLEARED).stream()
                .collect(Collectors.toMap(ClearanceCase::accountId, found -> new ClearedCare(found.setting(), found.urgent())));
    }

    /** When each of these members was cleared; members not cleared are absent. */
    public Map<String, java.time.Instant> clearedAt(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return cases.findByAccountIdInAndStatus(accountIds, ClearanceStatus.CLEARED).stream()
                .collect(Collectors.toMap(ClearanceCase::accountId, ClearanceCase::decidedAt));
    }

    public record ClearedCare(Setting setting, boolean urgent) {
    }
}
