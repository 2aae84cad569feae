package com.kapbenefit.portal.shared;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

@Factory
class TimeConfiguration {

    /** Injected everywhere time matters so rules such as "within 15 minutes" are testable. */
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
