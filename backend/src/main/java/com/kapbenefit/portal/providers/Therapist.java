package com.kapbenefit.portal.providers;

import com.kapbenefit.portal.shared.CareState;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** An active psychotherapist as routing sees them: the licence valid in one state on one day, and what members choose by. */
public record Therapist(String providerId,
                        String accountId,
                        String displayName,
                        String credentials,
                        List<String> languages,
                        CareState licenceState,
                        LocalDate licenceValidUntil,
                        Set<Modality> modalities,
                        String timeZone,
                        @Nullable LocalDate nextAvailableOn,
                        int capacity) {

    public boolean speaks(@Nullable String language) {
        return language != null && languages.contains(language);
    }
}
