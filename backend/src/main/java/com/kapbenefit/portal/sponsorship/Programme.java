package com.kapbenefit.portal.sponsorship;

import com.kapbenefit.portal.shared.CareState;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A sponsorship programme. Its seats live in the seat ledger, so editing terms can never touch seat counts. */
@MappedEntity("programme")
record Programme(@Id String id,
                 String employerId,
                 String name,
                 LocalDate startsOn,
                 LocalDate endsOn,
                 int packageHours,
                 long pricePerSeatCents,
                 String coveredServices,
                 String states,
                 ProgrammeStatus status,
                 @Nullable String enrolmentCode,
                 @Nullable Instant activatedAt,
                 @Nullable Instant closedAt,
                 Instant createdAt,
                 String createdBy,
                 Instant updatedAt,
                 String updatedBy,
                 @Version long version) {

    Set<CoveredService> coveredServiceSet() {
        return parse(coveredServices, CoveredService.class);
    }

    Set<CareState> stateSet() {
        return parse(states, CareState.class);
    }

    static String join(Set<? extends Enum<?>> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> parse(String joined, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        Arrays.stream(joined.split(",")).filter(value -> !value.isBlank()).map(value -> Enum.valueOf(type, value)).forEach(values::add);
        return values;
    }
}
