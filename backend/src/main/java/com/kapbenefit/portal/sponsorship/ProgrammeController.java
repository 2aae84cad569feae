package com.kapbenefit.portal.sponsorship;

import com.kapbenefit.portal.identity.Accounts;
import com.kapbenefit.portal.identity.Caller;
import com.kapbenefit.portal.shared.Problem;
import com.kapbenefit.portal.shared.ProblemResponses;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/** An HR admin's programmes. The employer always comes from the token; another employer's ids are not found. */
@Controller("/api/sponsorship/programmes")
@Secured("HR_ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class ProgrammeController {

    private final Programmes programmes;
    private final ProgrammeViews views;
    private final EligibilityLists eligibility;
    private final Statements statements;
    private final Accounts accounts;
    private final HttpServerConfiguration serverConfiguration;

    ProgrammeController(Programmes programmes, ProgrammeViews views, EligibilityLists eligibility,
                        Statements statements, Accounts accounts, HttpServerConfiguration serverConfiguration) {
        this.serverConfiguration = serverConfiguration;
        this.programmes = programmes;
        this.views = views;
        this.eligibility = eligibility;
        this.statements = statements;
        this.accounts = accounts;
    }

    @Serdeable
    record ChangeView(Instant changedAt, String changedBy, String change) {
    }

    @Serdeable
    record UploadResult(EligibilityUpload.Mode mode, int rowsAccepted, int rowsRejected, long eligibleTotal) {
    }

    @Get
    List<ProgrammeView> list(Authentication authentication) {
        return programmes.of(employer(authentication)).stream().map(views::of).toList();
    }

    @Post
    HttpResponse<ProgrammeView> create(@Body @Valid ProgrammeRequest request, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Programme created = programmes.createDraft(caller.requireEmployerId(), request, caller.accountId());
        return HttpResponse.created(views.of(created), URI.create("/api/sponsorship/programmes/" + created.id()));
    }

    @Get("/{programmeId}")
    ProgrammeView get(String programmeId, Authentication authentication) {
        return views.of(programmes.require(employer(authentication), programmeId));
    }

    @Put("/{programmeId}")
    ProgrammeView update(String programmeId, @Body @Valid ProgrammeRequest request, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return views.of(programmes.update(caller.requireEmployerId(), programmeId, request, caller.accountId()));
    }

    @Post("/{programmeId}/activate")
    ProgrammeView activate(String programmeId, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return views.of(programmes.activateDraft(caller.requireEmployerId(), programmeId, caller.accountId()));
    }

    @Post("/{programmeId}/close")
    ProgrammeView close(String programmeId, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return views.of(programmes.close(caller.requireEmployerId(), programmeId, caller.accountId()));
    }

    @Post("/{programmeId}/enrolment-code")
    ProgrammeView rotateEnrolmentCode(String programmeId, Authentication authentication) {
        Caller caller = Caller.of(authentication);
        return views.of(programmes.rotateEnrolmentCode(caller.requireEmployerId(), programmeId, caller.accountId()));
    }

    @Get("/{programmeId}/history")
    List<ChangeView> history(String programmeId, Authentication authentication) {
        return programmes.history(employer(authentication), programmeId).stream()
                .map(change -> new ChangeView(change.changedAt(), accounts.displayName(change.changedBy()).orElse(""),
                        change.description()))
                .toList();
    }

    @Post("/{programmeId}/eligibility")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    HttpResponse<?> uploadEligibility(String programmeId, @QueryValue @Nullable EligibilityUpload.Mode mode,
                                      @Body @Nullable InputStream file, HttpRequest<?> request, Authentication authentication) {
        if (request.getContentLength() > serverConfiguration.getMaxRequestSize()) {
            return ProblemResponses.of(ProblemType.PAYLOAD_TOO_LARGE, "The file is larger than an upload may be (25 MB).");
        }
        Caller caller = Caller.of(authentication);
        Programme programme = programmes.require(caller.requireEmployerId(), programmeId);
        EligibilityLists.Outcome outcome;
        try {
            outcome = eligibility.upload(programme, mode == null ? EligibilityUpload.Mode.APPEND : mode,
                    file == null ? InputStream.nullInputStream() : file, caller.accountId());
        } catch (EligibilityCsv.UnreadableFile unreadable) {
            return ProblemResponses.of(EligibilityProblem.unreadable(unreadable.getMessage()));
        }
        if (!outcome.stored()) {
            return HttpResponse.unprocessableEntity().contentType(Problem.MEDIA_TYPE).body(EligibilityProblem.of(outcome));
        }
        return HttpResponse.ok(new UploadResult(outcome.mode(), outcome.rowsAccepted(), 0, outcome.eligibleTotal()));
    }

    @Get("/{programmeId}/statements")
    List<Statements.Period> statements(String programmeId, Authentication authentication) {
        return statements.periods(programmes.require(employer(authentication), programmeId));
    }

    /** One statement as JSON, or as a CSV download when the period is asked for as "2026-11.csv". */
    @Get("/{programmeId}/statements/{period}")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    HttpResponse<?> statement(String programmeId, String period, Authentication authentication) {
        Programme programme = programmes.require(employer(authentication), programmeId);
        if (!period.endsWith(".csv")) {
            return HttpResponse.ok(statements.statement(programme, period)).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        Statements.Statement statement = statements.statement(programme, period.substring(0, period.length() - 4));
        return HttpResponse.ok(StatementCsv.render(statement))
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"statement-" + statement.period() + ".csv\"");
    }

    private static String employer(Authentication authentication) {
        return Caller.of(authentication).requireEmployerId();
    }
}
