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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The React app owns paths such as /hr or /member: a browser asking for one gets index.html.
 * API, operations and documentation paths, and anything that looks like a file, keep their 404.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class ClientRouteFallback {

    private static final List<String> SERVER_PREFIXES =
            List.of("/api", "/health", "/prometheus", "/swagger", "/swagger-ui", "/assets", "/problems");

    /** Read once: streaming the jar entry per request shares one JarFile that a closed stream can break. */
    private final Optional<byte[]> indexHtml;

    ClientRouteFallback(ResourceResolver resources) {
        this.indexHtml = resources.getResourceAsStream("classpath:public/index.html").map(ClientRouteFallback::readAll);
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        if (isClientRoute(request) && indexHtml.isPresent()) {
            return HttpResponse.ok(indexHtml.get())
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .header("Cache-Control", "no-cache");
        }
        return ProblemResponses.of(ProblemType.NOT_FOUND, null);
    }

    private static byte[] readAll(InputStream stream) {
        try (stream) {
            return stream.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isClientRoute(HttpRequest<?> request) {
        String path = request.getPath();
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return request.getMethod() == HttpMethod.GET
                && SERVER_PREFIXES.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))
                && !lastSegment.contains(".");
    }
}
