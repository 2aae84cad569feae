package com.kapbenefit.portal.sponsorship;

import com.kapbenefit.portal.shared.CareState;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** Create or edit a programme; {@code version} is required on edit so a stale form cannot overwrite a newer change. */
@Serdeable
public record ProgrammeRequest(@NotBlank @Size(max = 120) String name,
                        @NotNull LocalDate startsOn,
                        @NotNull LocalDate endsOn,
                        @NotNull @Min(1) @Max(100_000) Integer seats,
                        @NotNull @Min(1) @Max(200) Integer packageHours,
                        @NotNull @DecimalMin("0.00") @DecimalMax("1000000.00") @Digits(integer = 7, fraction = 2) BigDecimal pricePerSeatUsd,
                        @NotEmpty Set<@NotNull CoveredService> coveredServices,
                        @NotEmpty Set<@NotNull CareState> states,
                        @Nullable Long version) {

    /** The KAP package: 18 hours of psychotherapist support per seat. */
    public static final int DEFAULT_PACKAGE_HOURS = 18;
    public static final BigDecimal DEFAULT_PRICE_PER_SEAT_USD = new BigDecimal("3150.00");
}
