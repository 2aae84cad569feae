package com.kapbenefit.portal.journey;

import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;

@Serdeable
record JourneyView(String pseudonym, String sponsorDisplayName, List<StepView> steps) {

    enum StepStatus { DONE, CURRENT, UPCOMING }

    @Serdeable
    record StepView(String key, StepStatus status) {
    }

    /** Every step before {@code current} is done, every step after it is still to come. */
    static List<StepView> stepsUpTo(JourneyStep current) {
        List<StepView> steps = new ArrayList<>();
        for (JourneyStep step : JourneyStep.values()) {
            StepStatus status = step.ordinal() < current.ordinal() ? StepStatus.DONE
                    : step == current ? StepStatus.CURRENT : StepStatus.UPCOMING;
            steps.add(new StepView(step.key(), status));
        }
        return steps;
    }
}
