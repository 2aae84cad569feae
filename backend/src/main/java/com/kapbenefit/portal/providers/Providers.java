package com.kapbenefit.portal.providers;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** The providers context's public face: adding providers to the network. */
@Singleton
public class Providers {

    private final ProviderProfileRepository profiles;
    private final ProviderLanguageRepository languages;
    private final ProviderLicenceRepository licences;
    private final Clock clock;

    Providers(ProviderProfileRepository profiles, ProviderLanguageRepository languages,
              ProviderLicenceRepository licences, Clock clock) {
        this.profiles = profiles;
        this.languages = languages;
        this.licences = licences;
        this.clock = clock;
    }

    @Transactional
    public String register(ProviderRegistration registration) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String providerId = UUID.randomUUID().toString();
        profiles.save(new ProviderProfile(providerId, registration.accountId(), registration.displayName(),
                registration.kind(), registration.credentials(), registration.timeZone(), now,
                registration.capacity(), ProviderProfile.join(registration.modalities()), ProviderStatus.ACTIVE, null));
        registration.languages().forEach(code -> languages.save(new ProviderLanguage(null, providerId, code)));
        registration.licences().forEach(licence -> licences.save(new ProviderLicence(UUID.randomUUID().toString(),
                providerId, licence.state(), licence.licenceType(), licence.number(), licence.issuedOn(),
                licence.expiresOn(), licence.verifiedByAccountId(),
                licence.verifiedByAccountId() == null ? null : now, null, null, null)));
        return providerId;
    }
}
