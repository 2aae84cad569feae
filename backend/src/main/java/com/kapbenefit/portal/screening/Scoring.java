package com.kapbenefit.portal.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one place questionnaires are scored. Bands follow the published cut-offs: PHQ-9 5/10/15/20,
 * GAD-7 5/10/15, PCL-5 probable PTSD at 33 or more.
 */
final class Scoring {

    /** PHQ-9 item 9 asks about thoughts of being better off dead or of self-harm. */
    static final int PHQ9_SELF_HARM_ITEM = 8;

    record Result(int total, String band, boolean crisis, List<String> reviewReasons) {
    }

    private Scoring() {
    }

    static Result score(Instrument instrument, int[] answers) {
        if (answers.length != instrument.items()) {
            throw new IllegalArgumentException(instrument + " has " + instrument.items() + " items, got " + answers.length);
        }
        for (int answer : answers) {
            if (answer < 0 || answer > instrument.maxAnswer()) {
                throw new IllegalArgumentException(instrument + " answers run from 0 to " + instrument.maxAnswer());
            }
        }
        int total = Arrays.stream(answers).sum();
        return switch (instrument) {
            case PHQ9 -> new Result(total, phq9Band(total), answers[PHQ9_SELF_HARM_ITEM] > 0, List.of());
            case GAD7 -> new Result(total, gad7Band(total), false, List.of());
            case PCL5 -> new Result(total, total >= 33 ? "PROBABLE_PTSD" : "BELOW_THRESHOLD", false, List.of());
            case CONTRAINDICATIONS -> {
                List<String> reasons = new ArrayList<>();
                for (int i = 0; i < answers.length; i++) {
                    if (answers[i] == 1) {
                        reasons.add(Instrument.CONTRAINDICATION_ITEMS.get(i));
                    }
                }
                yield new Result(total, reasons.isEmpty() ? "NONE_REPORTED" : "PRESCRIBER_REVIEW", false, reasons);
            }
        };
    }

    private static String phq9Band(int total) {
        if (total >= 20) {
            return "SEVERE";
        }
        if (total >= 15) {
            return "MODERATELY_SEVERE";
        }
        return gad7Band(total);
    }

    private static String gad7Band(int total) {
        if (total >= 15) {
            return "SEVERE";
        }
        if (total >= 10) {
            return "MODERATE";
        }
        return total >= 5 ? "MILD" : "MINIMAL";
    }
}
