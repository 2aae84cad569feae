package com.kapbenefit.portal.consent;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;

final class ConsentViews {

    private ConsentViews() {
    }

    enum Status { NOT_ACCEPTED, ACCEPTED, REVOKED, ACCEPTED_EARLIER_VERSION }

    @Serdeable
    record ConsentItem(ConsentKind kind, int version, String language, String title, String body, Instant publishedAt,
                       Status status, @Nullable Integer acceptedVersion, @Nullable Instant acceptedAt) {
    }

    @Serdeable
    record AcceptRequest(@NotNull @Min(1) Integer version) {
    }

    @Serdeable
    record PublishRequest(@NotNull ConsentKind kind,
                          @NotBlank @Size(max = 200) String titleEn, @NotBlank @Size(max = 4000) String bodyEn,
                          @NotBlank @Size(max = 200) String titleEs, @NotBlank @Size(max = 4000) String bodyEs) {
    }

    @Serdeable
    record Published(ConsentKind kind, int version) {
    }
}
