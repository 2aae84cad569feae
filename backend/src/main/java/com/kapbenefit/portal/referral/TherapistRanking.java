package com.kapbenefit.portal.referral;

import com.kapbenefit.portal.providers.Therapist;
import com.kapbenefit.portal.shared.CareState;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The routing order, deterministic for the same facts: a therapist the member already had, then
 * the member's language, then the earliest date the therapist can start, then the lightest load;
 * name and id only break exact ties.
 */
final class TherapistRanking {

    record Candidate(Therapist therapist, long load, List<Reason> reasons) {
    }

    /** Either the ranked candidates or the one condition that left none. */
    record Result(List<Candidate> ranked, @Nullable UnmetCondition unmet) {
    }

    record Facts(List<Therapist> licensed, Map<String, Long> loads, CarePreference preference, Set<String> formerTherapists,
                 Set<String> excluded, @Nullable String currentTherapist, CareState state, LocalDate today) {
    }

    private TherapistRanking() {
    }

    static Result rank(Facts facts) {
        String language = facts.preference().language();
        if (facts.licensed().isEmpty()) {
            return unmet(UnmetCondition.Condition.THERAPIST_LICENSED, facts.state().name(), "No psychotherapist with a verified licence in "
                    + facts.state().displayName() + " can take new members today. You will be routed as soon as one can.");
        }
        List<Therapist> speaking = facts.licensed().stream()
                .filter(therapist -> !facts.preference().languageRequired() || therapist.speaks(language))
                .toList();
        if (speaking.isEmpty()) {
            return unmet(UnmetCondition.Condition.THERAPIST_LANGUAGE, language, "No psychotherapist licensed in "
                    + facts.state().displayName() + " speaks " + languageName(language)
                    + ". You can allow a therapist who speaks another language, or wait for one.");
        }
        List<Therapist> available = speaking.stream()
                .filter(therapist -> !facts.excluded().contains(therapist.providerId()))
                .filter(therapist -> therapist.providerId().equals(facts.currentTherapist())
                        || load(facts, therapist) < therapist.capacity())
                .sorted(order(facts))
                .toList();
        if (available.isEmpty()) {
            return new Result(List.of(), full(facts.state()));
        }
        boolean anyoneSpeaks = available.stream().anyMatch(therapist -> therapist.speaks(language));
        return new Result(available.stream()
                .map(therapist -> new Candidate(therapist, load(facts, therapist), reasons(facts, therapist, available, anyoneSpeaks)))
                .toList(), null);
    }

    private static Comparator<Therapist> order(Facts facts) {
        String language = facts.preference().language();
        return Comparator.<Therapist, Boolean>comparing(therapist -> !facts.formerTherapists().contains(therapist.providerId()))
                .thenComparing(therapist -> !therapist.speaks(language))
                .thenComparing(therapist -> startDate(therapist, facts.today()), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(therapist -> load(facts, therapist))
                .thenComparing(Therapist::displayName)
                .thenComparing(Therapist::providerId);
    }

    private static List<Reason> reasons(Facts facts, Therapist therapist, List<Therapist> available, boolean anyoneSpeaks) {
        String language = facts.preference().language();
        List<Reason> reasons = new java.util.ArrayList<>();
        if (facts.formerTherapists().contains(therapist.providerId())) {
            reasons.add(Reason.of(Reason.Code.CONTINUITY));
        }
        reasons.add(Reason.of(Reason.Code.LICENSED_IN_STATE, facts.state().name()));
        if (therapist.speaks(language)) {
            reasons.add(Reason.of(Reason.Code.SPEAKS_LANGUAGE, language));
        } else if (language != null && !anyoneSpeaks) {
            reasons.add(Reason.of(Reason.Code.NO_THERAPIST_SPEAKS_LANGUAGE, language));
        }
        LocalDate start = startDate(therapist, facts.today());
        boolean earliestAmongPeers = start != null && available.stream()
                .filter(other -> other.speaks(language) == therapist.speaks(language))
                .map(other -> startDate(other, facts.today()))
                .filter(Objects::nonNull)
                .allMatch(other -> !other.isBefore(start));
        if (earliestAmongPeers) {
            reasons.add(Reason.of(Reason.Code.EARLIEST_AVAILABILITY, start));
        }
        long free = therapist.capacity() - load(facts, therapist);
        if (free > 0) {
            reasons.add(Reason.of(Reason.Code.ROOM_FOR_NEW_MEMBERS, free));
        }
        return List.copyOf(reasons);
    }

    /** A date in the past means the therapist can start today; no date means they have not said. */
    private static @Nullable LocalDate startDate(Therapist therapist, LocalDate today) {
        LocalDate next = therapist.nextAvailableOn();
        return next == null ? null : next.isBefore(today) ? today : next;
    }

    private static long load(Facts facts, Therapist therapist) {
        return facts.loads().getOrDefault(therapist.providerId(), 0L);
    }

    static UnmetCondition full(CareState state) {
        return new UnmetCondition(UnmetCondition.Condition.THERAPIST_CAPACITY, "Every psychotherapist licensed in "
                + state.displayName() + " who could see you is full right now. You will be routed as soon as a place opens.", state.name());
    }

    private static Result unmet(UnmetCondition.Condition condition, String value, String message) {
        return new Result(List.of(), new UnmetCondition(condition, message, value));
    }

    static String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }
}
