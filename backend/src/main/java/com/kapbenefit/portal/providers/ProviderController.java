package com.kapbenefit.portal.providers;

import com.kapbenefit.portal.identity.Accounts;
import com.kapbenefit.portal.shared.CareState;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@Controller("/api/providers")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProviderController {

    private final ProviderProfileRepository profiles;
    private final ProviderLanguageRepository languages;
    private final ProviderLicenceRepository licences;
    private final ProviderNetwork network;
    private final Accounts accounts;
    private final Clock clock;

    ProviderController(ProviderProfileRepository profiles, ProviderLanguageRepository languages,
                       ProviderLicenceRepository licences, ProviderNetwork network, Accounts accounts, Clock clock) {
        this.profiles = profiles;
        this.languages = languages;
        this.licences = licences;
        this.network = network;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Get
    @Secured("PLATFORM_ADMIN")
    List<ProviderViews.ProviderSummary> list() {
        List<ProviderProfile> all = profiles.findAllOrderByDisplayName();
        if (all.isEmpty()) {
            return List.of();
        }
        List<String> ids = all.stream().map(ProviderProfile::id).toList();
        Map<String, List<String>> languagesByProvider = languages.findByProviderIdInOrderByLanguageCode(ids).stream()
                .collect(Collectors.groupingBy(ProviderLanguage::providerId,
                        Collectors.mapping(ProviderLanguage::languageCode, Collectors.toList())));
        LocalDate today = LocalDate.now(clock);
        Map<String, List<CareState>> statesByProvider = licences.findByProviderIdInOrderByState(ids).stream()
                .filter(licence -> licence.validOn(today))
                .collect(Collectors.groupingBy(ProviderLicence::providerId,
                        Collectors.mapping(ProviderLicence::state, Collectors.toList())));
        return all.stream().map(profile -> summary(profile, languagesByProvider.getOrDefault(profile.id(), List.of()),
                statesByProvider.getOrDefault(profile.id(), List.of()))).toList();
    }

    @Get("/me")
    @Secured("PROVIDER")
    ProviderViews.ProviderProfileView me(Authentication authentication) {
        return profileView(network.own(authentication.getName()));
    }

    @Put("/me")
    @Secured("PROVIDER")
    ProviderViews.ProviderProfileView updateMe(@Body @Valid ProviderRequests.ProfileRequest request, Authentication authentication) {
        return profileView(network.updateProfile(authentication.getName(), request));
    }

    @Post("/me/licences")
    @Secured("PROVIDER")
    HttpResponse<ProviderViews.LicenceView> addLicence(@Body @Valid ProviderRequests.LicenceRequest request, Authentication authentication) {
        return HttpResponse.created(ProviderViews.LicenceView.of(network.addLicence(authentication.getName(), request), LocalDate.now(clock)));
    }

    @Get("/licences")
    @Secured("PLATFORM_ADMIN")
    List<ProviderViews.LicenceReview> licences(@QueryValue @Nullable LicenceStatus status) {
        List<ProviderLicence> found = status == null || status == LicenceStatus.PENDING ? network.pending()
                : licences.findAll().stream().filter(licence -> licence.status() == status).toList();
        return found.stream().map(this::review).toList();
    }

    @Get("/licences/expiring")
    @Secured("PLATFORM_ADMIN")
    List<ProviderViews.LicenceReview> expiring() {
        return network.expiringSoon().stream().map(this::review).toList();
    }

    @Post("/licences/{licenceId}/verify")
    @Secured("PLATFORM_ADMIN")
    ProviderViews.LicenceReview verify(String licenceId, Authentication authentication) {
        return review(network.verify(licenceId, authentication.getName()));
    }

    @Post("/licences/{licenceId}/reject")
    @Secured("PLATFORM_ADMIN")
    ProviderViews.LicenceReview reject(String licenceId, @Body @Valid ProviderRequests.RejectionRequest request,
                                       Authentication authentication) {
        return review(network.reject(licenceId, authentication.getName(), request.reason()));
    }

    @Post("/{providerId}/suspend")
    @Secured("PLATFORM_ADMIN")
    ProviderViews.ProviderSummary suspend(String providerId, Authentication authentication) {
        return summaryOf(network.changeStatus(providerId, ProviderStatus.SUSPENDED, authentication.getName()));
    }

    @Post("/{providerId}/reactivate")
    @Secured("PLATFORM_ADMIN")
    ProviderViews.ProviderSummary reactivate(String providerId, Authentication authentication) {
        return summaryOf(network.changeStatus(providerId, ProviderStatus.ACTIVE, authentication.getName()));
    }

    private ProviderViews.ProviderProfileView profileView(ProviderProfile profile) {
        LocalDate today = LocalDate.now(clock);
        return new ProviderViews.ProviderProfileView(profile.id(), profile.displayName(), profile.kind(), profile.credentials(),
                languageCodes(profile.id()), profile.modalitySet(), profile.capacity(), profile.timeZone(), profile.status(),
                profile.nextAvailableOn(),
                licences.findByProviderIdOrderByState(profile.id()).stream().map(l -> ProviderViews.LicenceView.of(l, today)).toList());
    }

    private ProviderViews.ProviderSummary summaryOf(ProviderProfile profile) {
        LocalDate today = LocalDate.now(clock);
        return summary(profile, languageCodes(profile.id()), licences.findByProviderIdOrderByState(profile.id()).stream()
                .filter(licence -> licence.validOn(today)).map(ProviderLicence::state).toList());
    }

    private static ProviderViews.ProviderSummary summary(ProviderProfile profile, List<String> languageCodes, List<CareState> states) {
        return new ProviderViews.ProviderSummary(profile.id(), profile.displayName(), profile.kind(), languageCodes,
                profile.timeZone(), states.stream().distinct().toList(), profile.status(), profile.capacity(), profile.modalitySet());
    }

    private List<String> languageCodes(String providerId) {
        return languages.findByProviderIdOrderByLanguageCode(providerId).stream().map(ProviderLanguage::languageCode).toList();
    }

    private ProviderViews.LicenceReview review(ProviderLicence licence) {
        ProviderProfile profile = profiles.findById(licence.providerId()).orElseThrow();
        return new ProviderViews.LicenceReview(licence.id(), profile.id(), profile.displayName(), profile.kind(), licence.state(),
                licence.licenceType(), licence.licenceNumber(), licence.issuedOn(), licence.expiresOn(), licence.status(),
                licence.verifiedBy() == null ? null : accounts.displayName(licence.verifiedBy()).orElse(null),
                licence.verifiedAt(), licence.rejectionReason());
    }
}
