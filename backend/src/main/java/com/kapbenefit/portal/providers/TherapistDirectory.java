package com.kapbenefit.portal.providers;

import com.kapbenefit.portal.shared.CareState;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Answers, for routing, which psychotherapists may see a member in a state on a day: active, and
 * holding a licence there that a platform admin verified and that is unexpired on that day.
 */
@Singleton
public class TherapistDirectory {

    private final ProviderProfileRepository profiles;
    private final ProviderLicenceRepository licences;
    private final ProviderLanguageRepository languages;

    TherapistDirectory(ProviderProfileRepository profiles, ProviderLicenceRepository licences,
                       ProviderLanguageRepository languages) {
        this.profiles = profiles;
        this.licences = licences;
        this.languages = languages;
    }

    public List<Therapist> licensedIn(CareState state, LocalDate day) {
        Map<String, ProviderLicence> validLicences = licences.findByState(state).stream()
                .filter(licence -> licence.validOn(day))
                .collect(Collectors.toMap(ProviderLicence::providerId, licence -> licence,
                        (a, b) -> a.expiresOn().isAfter(b.expiresOn()) ? a : b));
        if (validLicences.isEmpty()) {
            return List.of();
        }
        List<ProviderProfile> therapists = profiles.findByIdIn(List.copyOf(validLicences.keySet())).stream()
                .filter(TherapistDirectory::activeTherapist)
                .toList();
        if (therapists.isEmpty()) {
            return List.of();
        }
        Map<String, List<String>> spoken = languages.findByProviderIdInOrderByLanguageCode(
                        therapists.stream().map(ProviderProfile::id).toList()).stream()
                .collect(Collectors.groupingBy(ProviderLanguage::providerId,
                        Collectors.mapping(ProviderLanguage::languageCode, Collectors.toList())));
        return therapists.stream()
                .map(profile -> therapist(profile, validLicences.get(profile.id()), spoken.getOrDefault(profile.id(), List.of())))
                .sorted(Comparator.comparing(Therapist::providerId))
                .toList();
    }

    /** Whether the therapist may see a member in that state on that day: active, with a licence valid there on that day. */
    public boolean mayTreat(String providerId, CareState state, LocalDate day) {
        return profiles.findById(providerId).filter(TherapistDirectory::activeTherapist).isPresent()
                && licences.findByProviderIdOrderByState(providerId).stream().anyMatch(licence -> licence.state() == state && licence.validOn(day));
    }

    /** A therapist as a member's referral shows them: their latest verified licence in that state, valid or not any more. */
    public Optional<Therapist> describe(String providerId, CareState state) {
        return profiles.findById(providerId).flatMap(profile -> licences.findByProviderIdOrderByState(profile.id()).stream()
                .filter(licence -> licence.verified() && licence.state() == state)
                .max(Comparator.comparing(ProviderLicence::expiresOn))
                .map(licence -> therapist(profile, licence, spokenBy(profile.id()))));
    }

    /** How a therapist appears beside a session: their name, and the zone their hours are kept in. */
    public record ShownTherapist(String displayName, ZoneId zone) {
    }

    public Optional<ShownTherapist> shown(String providerId) {
        return profiles.findById(providerId).map(profile -> new ShownTherapist(profile.displayName(), ZoneId.of(profile.timeZone())));
    }

    public Optional<String> accountOf(String providerId) {
        return profiles.findById(providerId).map(ProviderProfile::accountId);
    }

    /** The caller's own psychotherapist record, whatever their status. */
    public Optional<String> psychotherapistId(String accountId) {
        return profiles.findByAccountId(accountId)
                .filter(profile -> profile.kind() == ProviderKind.PSYCHOTHERAPIST)
                .map(ProviderProfile::id);
    }

    /**
     * Holds the therapist's row until the surrounding transaction ends, so that two referrals
     * racing for their last free place are counted one after the other.
     */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void holdForAssignment(String providerId) {
        profiles.lockById(providerId);
    }

    private List<String> spokenBy(String providerId) {
        return languages.findByProviderIdOrderByLanguageCode(providerId).stream().map(ProviderLanguage::languageCode).toList();
    }

    private static boolean activeTherapist(ProviderProfile profile) {
        return profile.kind() == ProviderKind.PSYCHOTHERAPIST && profile.status() == ProviderStatus.ACTIVE;
    }

    private static Therapist therapist(ProviderProfile profile, ProviderLicence licence, List<String> spoken) {
        return new Therapist(profile.id(), profile.accountId(), profile.displayName(), profile.credentials(), spoken,
                licence.state(), licence.expiresOn(), profile.modalitySet(), profile.timeZone(), profile.nextAvailableOn(),
                profile.capacity());
    }
}
