package com.kapbenefit.portal.providers;

import com.kapbenefit.portal.audit.AuditTrail;
import com.kapbenefit.portal.shared.ProblemException;
import io.micronaut.context.event.ApplicationEventPublisher;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Providers keep their own profile and submit licences; only a platform admin verifies or rejects
 * a licence, so no provider can make their own licence count.
 */
@Singleton
class ProviderNetwork {

    static final int EXPIRY_WARNING_DAYS = 60;

    private final ProviderProfileRepository profiles;
    private final ProviderLanguageRepository languages;
    private final ProviderLicenceRepository licences;
    private final ApplicationEventPublisher<ProviderSuspended> suspensions;
    private final AuditTrail audit;
    private final Clock clock;

    ProviderNetwork(ProviderProfileRepository profiles, ProviderLanguageRepository languages,
                    ProviderLicenceRepository licences, ApplicationEventPublisher<ProviderSuspended> suspensions, AuditTrail audit,
                    Clock clock) {
        this.audit = audit;
        this.suspensions = suspensions;
        this.profiles = profiles;
        this.languages = languages;
        this.licences = licences;
        this.clock = clock;
    }

    ProviderProfile own(String accountId) {
        return profiles.findByAccountId(accountId)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No provider profile for this account yet."));
    }

    @Transactional
    ProviderProfile updateProfile(String accountId, ProviderRequests.ProfileRequest request) {
        try {
            ZoneId.of(request.timeZone());
        } catch (DateTimeException e) {
            throw ProblemException.invalidField("timeZone", "Choose a time zone such as America/Los_Angeles.");
        }
        if (request.nextAvailableOn() != null && request.nextAvailableOn().isBefore(LocalDate.now(clock))) {
            throw ProblemException.invalidField("nextAvailableOn", "Choose today or a later date.");
        }
        ProviderProfile profile = own(accountId);
        languages.deleteByProviderId(profile.id());
        request.languages().stream().sorted().forEach(code -> languages.save(new ProviderLanguage(null, profile.id(), code)));
        return profiles.update(profile.with(request.credentials().strip(), request.timeZone(), request.capacity(), request.modalities(),
                request.nextAvailableOn()));
    }

    ProviderLicence addLicence(String accountId, ProviderRequests.LicenceRequest request) {
        if (!request.expiresOn().isAfter(request.issuedOn())) {
            throw ProblemException.invalidField("expiresOn", "The expiry date must be after the issue date.");
        }
        ProviderProfile profile = own(accountId);
        if (licences.existsByStateAndLicenceTypeAndLicenceNumber(request.state(), request.licenceType().strip(), request.number().strip())) {
            throw new ProblemException(ProblemType.CONFLICT, "This licence is already registered.");
        }
        return licences.save(new ProviderLicence(UUID.randomUUID().toString(), profile.id(), request.state(),
                request.licenceType().strip(), request.number().strip(), request.issuedOn(), request.expiresOn(),
                null, null, null, null, null));
    }

    ProviderLicence verify(String licenceId, String operatorId) {
        ProviderLicence verified = licences.update(licence(licenceId).verifiedBy(operatorId, now()));
        audit.record(operatorId, "PLATFORM_ADMIN", "providers.licence.verify", licenceId, AuditTrail.Outcome.ALLOWED, verified.state().name());
        return verified;
    }

    ProviderLicence reject(String licenceId, String operatorId, String reason) {
        ProviderLicence rejected = licences.update(licence(licenceId).rejectedBy(operatorId, now(), reason.strip()));
        audit.record(operatorId, "PLATFORM_ADMIN", "providers.licence.reject", licenceId, AuditTrail.Outcome.ALLOWED, rejected.state().name());
        return rejected;
    }

    List<ProviderLicence> pending() {
        return licences.findByVerifiedAtIsNullAndRejectedAtIsNullOrderByExpiresOn();
    }

    List<ProviderLicence> expiringSoon() {
        LocalDate today = LocalDate.now(clock);
        return licences.findByVerifiedAtIsNotNullAndExpiresOnBetweenOrderByExpiresOn(today, today.plusDays(EXPIRY_WARNING_DAYS));
    }

    ProviderProfile changeStatus(String providerId, ProviderStatus status, String operatorId) {
        ProviderProfile profile = profiles.findById(providerId)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No such provider."));
        if (profile.status() == status) {
            return profile;
        }
        ProviderProfile changed = profiles.update(profile.withStatus(status));
        audit.record(operatorId, "PLATFORM_ADMIN", "providers.status", providerId, AuditTrail.Outcome.ALLOWED, status.name());
        if (status == ProviderStatus.SUSPENDED) {
            suspensions.publishEvent(new ProviderSuspended(providerId));
        }
        return changed;
    }

    private ProviderLicence licence(String licenceId) {
        return licences.findById(licenceId)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No such licence."));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
