package com.kapbenefit.portal.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One part of the answer to "why this therapist?"; the client words it in the member's language. */
@Serdeable
record Reason(Code code, @Nullable String value) {

    enum Code {
        CONTINUITY,
        MEMBER_CHOICE,
        LICENSED_IN_STATE,
        SPEAKS_LANGUAGE,
        NO_THERAPIST_SPEAKS_LANGUAGE,
        EARLIEST_AVAILABILITY,
        ROOM_FOR_NEW_MEMBERS,
        RANKED_FIRST
    }

    static Reason of(Code code) {
        return new Reason(code, null);
    }

    static Reason of(Code code, Object value) {
        return new Reason(code, value.toString());
    }

    /** Stored with the referral, as it was explained when it was made. */
    static String encode(List<Reason> reasons) {
        return reasons.stream().map(reason -> reason.value == null ? reason.code.name() : reason.code.name() + "=" + reason.value)
                .collect(Collectors.joining(";"));
    }

    static List<Reason> decode(String encoded) {
        return Arrays.stream(encoded.split(";")).filter(part -> !part.isBlank()).map(part -> {
            int equals = part.indexOf('=');
            return equals < 0 ? of(Code.valueOf(part)) : new Reason(Code.valueOf(part.substring(0, equals)), part.substring(equals + 1));
        }).toList();
    }
}
