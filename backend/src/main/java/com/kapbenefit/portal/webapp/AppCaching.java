package com.kapbenefit.portal.webapp;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Vite names every script and style sheet after a hash of its content, so a phone may keep them for
 * good and never download the app twice; the page that names them is asked for again on each visit,
 * so a release reaches everyone at their next visit. (The one-minute Expires that Micronaut adds to
 * files is overruled: Cache-Control's max-age wins, RFC 9111 §5.3.)
 */
@ServerFilter({"/", "/index.html", "/assets/**"})
final class AppCaching {

    @ResponseFilter
    void cache(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.status() != HttpStatus.OK) {
            return;
        }
        boolean hashedAsset = request.getPath().startsWith("/assets/");
        response.header("Cache-Control", hashedAsset ? "public, max-age=31536000, immutable" : "no-cache");
    }
}
