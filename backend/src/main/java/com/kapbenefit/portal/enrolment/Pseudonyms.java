package com.kapbenefit.portal.enrolment;

import java.security.SecureRandom;
import java.util.List;
import java.util.stream.IntStream;

/** Calm two-word names a member can go by; providers see this before anything else. */
final class Pseudonyms {

    private static final List<String> ADJECTIVES = List.of("Quiet", "Amber", "Gentle", "Silver", "Bright", "Still",
            "Golden", "Patient", "Steady", "Kind", "Clear", "Warm", "Brave", "Calm", "Hopeful", "Desert", "Morning", "River");
    private static final List<String> NATURE = List.of("Heron", "Fox", "Juniper", "Willow", "Sparrow", "Cedar", "Otter",
            "Palm", "Finch", "Sage", "Lark", "Canyon", "Meadow", "Yucca", "Quail", "Oak", "Wren", "Dune");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Pseudonyms() {
    }

    static String generate() {
        return ADJECTIVES.get(RANDOM.nextInt(ADJECTIVES.size())) + " " + NATURE.get(RANDOM.nextInt(NATURE.size()));
    }

    static List<String> suggestions(int count) {
        return IntStream.range(0, count).mapToObj(i -> generate()).distinct().toList();
    }
}
