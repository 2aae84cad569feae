package com.kapbenefit.portal.screening;

import java.util.List;

/** The questionnaires, with their item count and the highest answer an item takes. */
public enum Instrument {
    PHQ9(9, 3),
    GAD7(7, 3),
    PCL5(20, 4),
    CONTRAINDICATIONS(7, 1);

    /** The contraindication items in order; a "yes" sends the case to the prescriber with these reasons. */
    static final List<String> CONTRAINDICATION_ITEMS = List.of("PSYCHOSIS_OR_MANIA", "PREGNANT_OR_BREASTFEEDING",
            "HEART_OR_BLOOD_PRESSURE", "SUBSTANCE_USE", "LIVER_DISEASE", "KETAMINE_REACTION", "INTERACTING_MEDICATIONS");

    private final int items;
    private final int maxAnswer;

    Instrument(int items, int maxAnswer) {
        this.items = items;
        this.maxAnswer = maxAnswer;
    }

    int items() {
        return items;
    }

    int maxAnswer() {
        return maxAnswer;
    }

    int maximumTotal() {
        return items * maxAnswer;
    }
}
