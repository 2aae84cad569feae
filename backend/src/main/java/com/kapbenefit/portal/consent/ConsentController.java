package com.kapbenefit.portal.consent;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import jakarta.validation.Valid;

import java.util.Arrays;
import java.util.List;

@Controller("/api/consents")
@ExecuteOn(TaskExecutors.BLOCKING)
class ConsentController {

    private final Consents consents;

    ConsentController(Consents consents) {
        this.consents = consents;
    }

    @Get
    @Secured("MEMBER")
    List<ConsentViews.ConsentItem> mine(@QueryValue @Nullable String language, Authentication authentication) {
        return Arrays.stream(ConsentKind.values())
                .map(kind -> item(authentication.getName(), kind, language == null ? "en" : language))
                .toList();
    }

    @Post("/{kind}/accept")
    @Secured("MEMBER")
    ConsentViews.ConsentItem accept(ConsentKind kind, @Body @Valid ConsentViews.AcceptRequest request,
                                    @QueryValue @Nullable String language, Authentication authentication) {
        consents.accept(authentication.getName(), kind, request.version());
        return item(authentication.getName(), kind, language == null ? "en" : language);
    }

    @Post("/{kind}/revoke")
    @Secured("MEMBER")
    ConsentViews.ConsentItem revoke(ConsentKind kind, @QueryValue @Nullable String language, Authentication authentication) {
        consents.revoke(authentication.getName(), kind);
        return item(authentication.getName(), kind, language == null ? "en" : language);
    }

    /** The platform operator publishes a new version; earlier acceptances stay valid for their version. */
    @Post("/documents")
    @Secured("PLATFORM_ADMIN")
    HttpResponse<ConsentViews.Published> publish(@Body @Valid ConsentViews.PublishRequest request) {
        int version = consents.publish(request.kind(), request.titleEn(), request.bodyEn(), request.titleEs(), request.bodyEs());
        return HttpResponse.created(new ConsentViews.Published(request.kind(), version));
    }

    private ConsentViews.ConsentItem item(String accountId, ConsentKind kind, String language) {
        ConsentDocument document = consents.current(kind, language);
        var latest = consents.latest(accountId, kind);
        ConsentViews.Status status = latest.isEmpty() ? ConsentViews.Status.NOT_ACCEPTED
                : latest.get().revokedAt() != null ? ConsentViews.Status.REVOKED
                : latest.get().version() == document.version() ? ConsentViews.Status.ACCEPTED
                : ConsentViews.Status.ACCEPTED_EARLIER_VERSION;
        return new ConsentViews.ConsentItem(kind, document.version(), document.language(), document.title(), document.body(),
                document.publishedAt(), status, latest.map(ConsentAcceptance::version).orElse(null),
                latest.map(ConsentAcceptance::acceptedAt).orElse(null));
    }
}
