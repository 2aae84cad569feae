package com.kapbenefit.portal.shared;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** API answers can carry health information: no browser or proxy may keep a copy. */
@ServerFilter("/api/**")
final class NoStoreFilter {

    @ResponseFilter
    void noStore(MutableHttpResponse<?> response) {
        response.header("Cache-Control", "no-store");
        response.header("Pragma", "no-cache");
    }
}
