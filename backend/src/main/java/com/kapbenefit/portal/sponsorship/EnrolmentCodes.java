package com.kapbenefit.portal.sponsorship;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Enrolment codes employees type from a poster: no look-alike characters (0/O, 1/I/L), grouped
 * for reading aloud. 31^10 codes; guessing is further limited by the eligibility check that follows.
 */
final class EnrolmentCodes {

    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private EnrolmentCodes() {
    }

    static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** What an employee typed, as stored: upper case, without spaces or dashes. */
    static String normalise(String typed) {
        return typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** As printed: ABCD-EFGH-JK. */
    static String format(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }
}
