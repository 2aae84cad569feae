package com.kapbenefit.portal.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record MeView(String id, Role role, String displayName, @Nullable EmployerRef employer) {

    @Serdeable
    record EmployerRef(String id, String displayName) {
    }
}
