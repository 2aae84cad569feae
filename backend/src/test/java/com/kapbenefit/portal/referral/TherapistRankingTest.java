package com.kapbenefit.portal.referral;

import com.kapbenefit.portal.providers.Modality;
import com.kapbenefit.portal.providers.Therapist;
import com.kapbenefit.portal.shared.CareState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TherapistRankingTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void theOrderIsContinuityThenLanguageThenAvailabilityThenLoadWhateverTheOrderOfTheFacts() {
        List<Therapist> therapists = List.of(
                therapist("former", "en", TODAY.plusDays(20)),
                therapist("spanish-late", "es", TODAY.plusDays(9)),
                therapist("spanish-soon-busy", "es", TODAY.plusDays(2)),
                therapist("spanish-soon-free", "es", TODAY.minusDays(5)),
                therapist("english-today", "en", TODAY),
                therapist("silent-on-dates", "es", null));
        Map<String, Long> loads = Map.of("spanish-soon-busy", 3L, "spanish-soon-free", 1L, "english-today", 0L);
        List<String> expected = List.of("former", "spanish-soon-free", "spanish-soon-busy", "spanish-late", "silent-on-dates",
                "english-today");
        Random random = new Random(7);
        for (int round = 0; round < 20; round++) {
            List<Therapist> shuffled = new ArrayList<>(therapists);
            Collections.shuffle(shuffled, random);
            TherapistRanking.Result result = TherapistRanking.rank(new TherapistRanking.Facts(shuffled, loads,
                    new CarePreference("member", "es", false, Instant.EPOCH), Set.of("former"), Set.of(), null, CareState.UT, TODAY));
            assertEquals(expected, result.ranked().stream().map(candidate -> candidate.therapist().providerId()).toList());
        }
    }

    @Test
    void aDateInThePastCountsAsTodayAndFullTherapistsAreLeftOut() {
        List<Therapist> therapists = List.of(therapist("past", "en", TODAY.minusDays(3)), therapist("full", "en", TODAY));
        TherapistRanking.Result result = TherapistRanking.rank(new TherapistRanking.Facts(therapists, Map.of("full", 5L),
                CarePreference.none("member"), Set.of(), Set.of(), null, CareState.VT, TODAY));
        assertEquals(List.of("past"), result.ranked().stream().map(candidate -> candidate.therapist().providerId()).toList());
        assertEquals(new Reason(Reason.Code.EARLIEST_AVAILABILITY, TODAY.toString()), result.ranked().get(0).reasons().get(1));
    }

    private static Therapist therapist(String id, String language, LocalDate nextAvailableOn) {
        return new Therapist(id, "account-" + id, "Name " + id, "LMFT", List.of(language), CareState.UT, TODAY.plusYears(1),
                Set.of(Modality.TELEHEALTH), "America/Denver", nextAvailableOn, 5);
    }
}
