package com.kapbenefit.portal.reporting;

import java.util.random.RandomGenerator;

/**
 * Exact sampling from the discrete Laplace distribution, P(Y = y) proportional to exp(-|y| * s / t)
 * for positive integers s and t, after Canonne, Kamath and Steinke, "The Discrete Gaussian for
 * Differential Privacy" (2020), Algorithm 2. Only integer arithmetic and uniform integers are used,
 * so the output carries none of the floating-point artefacts that break continuous Laplace noise.
 * Adding it with s / t = ε / Δ to a count of sensitivity Δ gives ε-differential privacy.
 */
final class DiscreteLaplace {

    private final RandomGenerator random;

    DiscreteLaplace(RandomGenerator random) {
        this.random = random;
    }

    long sample(long s, long t) {
        if (s <= 0 || t <= 0) {
            throw new IllegalArgumentException("s and t must be positive");
        }
        while (true) {
            long u = random.nextLong(t);
            if (!bernoulliExp(u, t)) {
                continue;
            }
            long v = 0;
            while (bernoulliExp(1, 1)) {
                v++;
            }
            long x = u + t * v;
            long y = x / s;
            boolean negative = random.nextBoolean();
            if (negative && y == 0) {
                continue;
            }
            return negative ? -y : y;
        }
    }

    /** A coin that lands true with probability exp(-numerator / denominator), for a non-negative rational. */
    boolean bernoulliExp(long numerator, long denominator) {
        long whole = numerator / denominator;
        for (long i = 0; i < whole; i++) {
            if (!bernoulliExpAtMostOne(1, 1)) {
                return false;
            }
        }
        return bernoulliExpAtMostOne(numerator - whole * denominator, denominator);
    }

    /** exp(-γ) for γ = n / d in [0, 1]: the parity of the first failing k in Bernoulli(γ / k) trials. */
    private boolean bernoulliExpAtMostOne(long n, long d) {
        long k = 1;
        while (random.nextLong(d * k) < n) {
            k++;
        }
        return k % 2 == 1;
    }
}
