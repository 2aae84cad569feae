package com.kapbenefit.portal.providers;

import com.kapbenefit.portal.shared.CareState;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Answers, for other contexts, whether an account is an active prescriber and where they may practise today. */
@Singleton
public class PrescriberDirectory {

    private final ProviderProfileRepository profiles;
    private final ProviderLicenceRepository licences;
    private final Clock clock;

    PrescriberDirectory(ProviderProfileRepository profiles, ProviderLicenceRepository licences, Clock clock) {
        this.profiles = profiles;
        this.licences = licences;
        this.clock = clock;
    }

    public Optional<Prescriber> prescriber(String accountId) {
        LocalDate today = LocalDate.now(clock);
        return profiles.findByAccountId(accountId)
                .filter(profile -> profile.kind() == ProviderKind.PRESCRIBER && profile.status() == ProviderStatus.ACTIVE)
                .map(profile -> {
                    Set<CareState> states = EnumSet.noneOf(CareState.class);
                    licences.findByProviderIdOrderByState(profile.id()).stream()
                            .filter(licence -> licence.validOn(today))
                            .forEach(licence -> states.add(licence.state()));
                    return new Prescriber(profile.id(), profile.displayName(), states);
                });
    }
}
