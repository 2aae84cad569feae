package com.kapbenefit.portal.webapp;

import com.kapbenefit.portal.shared.ProblemResponses;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.List;

/**
 * The React app owns paths such as /hr or /member: a browser asking for one gets index.html.
 * API, operations and documentation paths, and anything that looks like a file, keep their 404.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ClientRouteFallback {

    private static final List<String> SERVER_PREFIXES =
            List.of("/api", "/health", "/prometheus", "/swagger", "/swagger-ui", "/assets", "/problems");

    private final ResourceResolver resources;

    ClientRouteFallback(ResourceResolver resources) {
        this.resources = resources;
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        if (isClientRoute(request)) {
            var index = resources.getResource("classpath:public/index.html");
            if (index.isPresent()) {
                return HttpResponse.ok(new StreamedFile(index.get()))
                        .contentType(MediaType.TEXT_HTML_TYPE)
                        .header("Cache-Control", "no-cache");
            }
        }
        return ProblemResponses.of(ProblemType.NOT_FOUND, null);
    }

    private static boolean isClientRoute(HttpRequest<?> request) {
        String path = request.getPath();
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return request.getMethod() == HttpMethod.GET
                && SERVER_PREFIXES.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))
                && !lastSegment.contains(".");
    }
}
