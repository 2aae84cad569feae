package com.kapbenefit.portal.identity;

import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * After {@code kap.security.sign-in.max-failures} failures for one e-mail within the window,
 * refuses further attempts until the oldest failure leaves the window. Unknown e-mails are
 * counted too, so the lock itself does not reveal whether an account exists.
 */
@Singleton
class SignInThrottle {

    private final SignInFailureRepository failures;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    SignInThrottle(SignInFailureRepository failures, Clock clock,
                   @Value("${kap.security.sign-in.max-failures:10}") int maxFailures,
                   @Value("${kap.security.sign-in.window:15m}") Duration window) {
        this.failures = failures;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    void refuseIfLocked(String signInKey) {
        Instant windowStart = now().minus(window);
        if (failures.countBySignInKeyAndFailedAtAfter(signInKey, windowStart) < maxFailures) {
            return;
        }
        Instant oldest = failures.findMinFailedAtBySignInKeyAndFailedAtAfter(signInKey, windowStart).orElse(now());
        long retryAfter = Math.max(1, Duration.between(now(), oldest.plus(window)).toSeconds());
        throw new ProblemException(ProblemType.TOO_MANY_SIGN_IN_ATTEMPTS,
                "Sign-in is paused for this account after repeated failures. Try again in "
                        + Math.max(1, (retryAfter + 59) / 60) + " minute(s) or reset your password.",
                Map.of("Retry-After", Long.toString(retryAfter)));
    }

    void recordFailure(String signInKey) {
        failures.save(new SignInFailure(null, signInKey, now()));
    }

    void clear(String signInKey) {
        failures.deleteBySignInKey(signInKey);
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void forgetOldFailures() {
        failures.deleteByFailedAtBefore(now().minus(window));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
