package com.kapbenefit.portal.enrolment;

import java.time.LocalDate;
import java.time.Period;

/** Ten-year age bands: enough for a clinician deciding whether to accept, too coarse to identify anyone. */
final class AgeBand {

    private AgeBand() {
    }

    static String of(LocalDate birthDate, LocalDate today) {
        int age = Period.between(birthDate, today).getYears();
        if (age < 20) {
            return "18-19";
        }
        if (age >= 70) {
            return "70+";
        }
        int start = age / 10 * 10;
        return start + "-" + (start + 9);
    }
}
