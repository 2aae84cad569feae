package com.kapbenefit.portal.clearance;

import com.kapbenefit.portal.identity.Caller;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;

import java.util.List;

@Controller("/api/clearance")
@ExecuteOn(TaskExecutors.BLOCKING)
class ClearanceController {

    private final Clearances clearances;

    ClearanceController(Clearances clearances) {
        this.clearances = clearances;
    }

    @Get("/queue")
    @Secured("PROVIDER")
    List<ClearanceViews.QueuedCase> queue(Authentication authentication) {
        return clearances.queue(Caller.of(authentication));
    }

    @Get("/cases/mine")
    @Secured("PROVIDER")
    List<ClearanceViews.QueuedCase> mine(Authentication authentication) {
        return clearances.mine(Caller.of(authentication));
    }

    @Post("/cases/{caseId}/accept")
    @Secured("PROVIDER")
    ClearanceViews.CaseDetail accept(String caseId, Authentication authentication) {
        return clearances.accept(Caller.of(authentication), caseId);
    }

    @Get("/cases/{caseId}")
    @Secured("PROVIDER")
    ClearanceViews.CaseDetail detail(String caseId, Authentication authentication) {
        return clearances.detail(Caller.of(authentication), caseId);
    }

    @Post("/cases/{caseId}/decision")
    @Secured("PROVIDER")
    ClearanceViews.CaseDetail decide(String caseId, @Body @Valid ClearanceViews.DecisionRequest decision,
                                     Authentication authentication) {
        return clearances.decide(Caller.of(authentication), caseId, decision);
    }

    @Get("/me")
    @Secured("MEMBER")
    ClearanceViews.MyClearance forMember(Authentication authentication) {
        return clearances.forMember(Caller.of(authentication));
    }
}
