package com.kapbenefit.portal.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

@Controller("/api/audit")
@Secured("PLATFORM_ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

    private final AuditTrail audit;

    AuditController(AuditTrail audit) {
        this.audit = audit;
    }

    @Serdeable
    record ChainReport(long records, boolean intact, @Nullable Long firstBrokenId) {
    }

    /** Walks the whole chain; the first broken link, if any, is where tampering began. */
    @Get("/verify")
    ChainReport verify() {
        AuditTrail.Verification verification = audit.verify();
        return new ChainReport(verification.records(), verification.intact(), verification.firstBrokenId());
    }
}
