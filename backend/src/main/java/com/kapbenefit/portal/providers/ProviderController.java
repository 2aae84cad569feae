package com.kapbenefit.portal.providers;

import com.kapbenefit.portal.shared.CareState;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;

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
    private final Clock clock;

    ProviderController(ProviderProfileRepository profiles, ProviderLanguageRepository languages,
                       ProviderLicenceRepository licences, Clock clock) {
        this.profiles = profiles;
        this.languages = languages;
        this.licences = licences;
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
        return all.stream()
                .map(profile -> new ProviderViews.ProviderSummary(profile.id(), profile.displayName(), profile.kind(),
                        languagesByProvider.getOrDefault(profile.id(), List.of()), profile.timeZone(),
                        statesByProvider.getOrDefault(profile.id(), List.of()).stream().distinct().toList()))
                .toList();
    }

    @Get("/me")
    @Secured("PROVIDER")
    ProviderViews.ProviderProfileView me(Authentication authentication) {
        ProviderProfile profile = profiles.findByAccountId(authentication.getName())
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No provider profile for this account yet."));
        return new ProviderViews.ProviderProfileView(profile.id(), profile.displayName(), profile.kind(),
                profile.credentials(),
                languages.findByProviderIdOrderByLanguageCode(profile.id()).stream().map(ProviderLanguage::languageCode).toList(),
                profile.timeZone(),
                licences.findByProviderIdOrderByState(profile.id()).stream().map(ProviderViews.LicenceView::of).toList());
    }
}
