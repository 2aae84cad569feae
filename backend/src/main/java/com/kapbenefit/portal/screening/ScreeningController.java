package com.kapbenefit.portal.screening;

import io.micronaut.http.HttpResponse;
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

/** A member's own questionnaires; the account is the token's, never a parameter. */
@Controller("/api/screening")
@Secured("MEMBER")
@ExecuteOn(TaskExecutors.BLOCKING)
class ScreeningController {

    private final Screenings screenings;

    ScreeningController(Screenings screenings) {
        this.screenings = screenings;
    }

    @Post("/responses")
    HttpResponse<ScreeningViews.Recorded> respond(@Body @Valid ScreeningViews.ResponseRequest request, Authentication authentication) {
        Screenings.Recorded recorded = screenings.record(authentication.getName(), request.instrument(), request.answers(), request.details(),
                request.timepoint() == null ? Timepoint.BASELINE : request.timepoint());
        Scoring.Result result = recorded.result();
        return HttpResponse.created(new ScreeningViews.Recorded(request.instrument(), result.total(), result.band(),
                request.instrument().maximumTotal(), recorded.response().takenAt(), result.crisis(),
                result.crisis() || !result.reviewReasons().isEmpty(), result.reviewReasons()));
    }

    @Get("/me/history")
    List<ScreeningViews.HistoryPoint> history(Authentication authentication) {
        return screenings.fullHistory(authentication.getName()).stream()
                .map(response -> new ScreeningViews.HistoryPoint(response.timepoint(), response.instrument(), response.total(),
                        response.instrument().maximumTotal(), response.band(), response.takenAt()))
                .toList();
    }

    @Get("/me")
    ScreeningViews.MyScreening mine(Authentication authentication) {
        List<QuestionnaireResponse> history = screenings.history(authentication.getName());
        return new ScreeningViews.MyScreening(
                history.stream().map(QuestionnaireResponse::instrument).distinct().sorted().toList(),
                history.stream().map(response -> new ScreeningViews.Result(response.instrument(), response.total(),
                        response.band(), response.instrument().maximumTotal(), response.takenAt())).toList());
    }
}
