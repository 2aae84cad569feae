package com.kapbenefit.portal.screening;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringTest {

    @ParameterizedTest(name = "{0} total {1} -> {2}")
    @CsvSource({
            "PHQ9, 0, MINIMAL", "PHQ9, 4, MINIMAL", "PHQ9, 5, MILD", "PHQ9, 9, MILD", "PHQ9, 10, MODERATE",
            "PHQ9, 14, MODERATE", "PHQ9, 15, MODERATELY_SEVERE", "PHQ9, 19, MODERATELY_SEVERE", "PHQ9, 20, SEVERE", "PHQ9, 27, SEVERE",
            "GAD7, 0, MINIMAL", "GAD7, 4, MINIMAL", "GAD7, 5, MILD", "GAD7, 9, MILD", "GAD7, 10, MODERATE",
            "GAD7, 14, MODERATE", "GAD7, 15, SEVERE", "GAD7, 21, SEVERE",
            "PCL5, 0, BELOW_THRESHOLD", "PCL5, 32, BELOW_THRESHOLD", "PCL5, 33, PROBABLE_PTSD", "PCL5, 80, PROBABLE_PTSD"})
    void bandsChangeExactlyAtThePublishedCutOffs(Instrument instrument, int total, String band) {
        Scoring.Result result = Scoring.score(instrument, answersTotalling(instrument, total, false));
        assertEquals(total, result.total());
        assertEquals(band, result.band());
    }

    @Test
    void anyAnswerAboveZeroOnPhq9ItemNineIsACrisisWhateverTheTotal() {
        int[] onlyItemNine = new int[9];
        onlyItemNine[8] = 1;
        Scoring.Result result = Scoring.score(Instrument.PHQ9, onlyItemNine);
        assertTrue(result.crisis());
        assertEquals("MINIMAL", result.band());
        assertFalse(Scoring.score(Instrument.PHQ9, answersTotalling(Instrument.PHQ9, 24, false)).crisis(),
                "a high total without item 9 is not the self-harm path");
    }

    @Test
    void aContraindicationSendsTheCaseToThePrescriberWithItsReasons() {
        Scoring.Result none = Scoring.score(Instrument.CONTRAINDICATIONS, new int[7]);
        assertEquals("NONE_REPORTED", none.band());
        Scoring.Result some = Scoring.score(Instrument.CONTRAINDICATIONS, new int[]{0, 1, 0, 0, 0, 0, 1});
        assertEquals("PRESCRIBER_REVIEW", some.band());
        assertEquals(List.of("PREGNANT_OR_BREASTFEEDING", "INTERACTING_MEDICATIONS"), some.reviewReasons());
    }

    @Test
    void answersOfTheWrongShapeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> Scoring.score(Instrument.PHQ9, new int[8]));
        assertThrows(IllegalArgumentException.class, () -> Scoring.score(Instrument.GAD7, new int[]{0, 0, 0, 0, 0, 0, 4}));
        assertThrows(IllegalArgumentException.class, () -> Scoring.score(Instrument.PCL5, new int[]{-1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
    }

    /** Spreads a total over the items, keeping PHQ-9 item 9 at zero unless asked. */
    private static int[] answersTotalling(Instrument instrument, int total, boolean useItemNine) {
        int[] answers = new int[instrument.items()];
        int remaining = total;
        for (int i = 0; i < answers.length && remaining > 0; i++) {
            if (instrument == Instrument.PHQ9 && i == Scoring.PHQ9_SELF_HARM_ITEM && !useItemNine) {
                continue;
            }
            answers[i] = Math.min(instrument.maxAnswer(), remaining);
            remaining -= answers[i];
        }
        if (remaining > 0) {
            answers[Scoring.PHQ9_SELF_HARM_ITEM] = remaining;
        }
        assertEquals(total, Arrays.stream(answers).sum());
        return answers;
    }
}
