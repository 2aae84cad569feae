package com.kapbenefit.portal.identity;

import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Argon2 is meant to be expensive, so a flood of sign-ins could take every core from the pages people
 * are reading. Hashing runs on a few threads of its own (half the cores by default) behind a bounded
 * queue; when the queue is full the sign-in is told to retry shortly instead of waiting in line.
 */
@Singleton
class HashingLane {

    private final ThreadPoolExecutor threads;

    HashingLane(@Value("${kap.security.hashing.threads:0}") int configuredThreads,
                @Value("${kap.security.hashing.queue:64}") int queue) {
        int count = configuredThreads > 0 ? configuredThreads : Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
        AtomicInteger numbers = new AtomicInteger();
        this.threads = new ThreadPoolExecutor(count, count, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue), work -> {
            Thread thread = new Thread(work, "password-hashing-" + numbers.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    <T> T run(Callable<T> hashing) {
        Future<T> result;
        try {
            result = threads.submit(hashing);
        } catch (RejectedExecutionException full) {
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS,
                    "Many people are signing in at this moment. Please try again in a few seconds.", Map.of("Retry-After", "2"));
        }
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.cancel(true);
            throw new IllegalStateException("Interrupted while hashing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Hashing failed", e.getCause());
        }
    }

    int waiting() {
        return threads.getQueue().size();
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
