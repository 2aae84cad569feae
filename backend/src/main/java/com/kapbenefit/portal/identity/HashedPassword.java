package com.kapbenefit.portal.identity;

/**
 * A password as it is stored, made only by {@link Accounts#hashPassword}. Hashing can wait in line
 * behind a flood of sign-ins, so callers hash before they open a transaction, not inside one.
 */
public final class HashedPassword {

    private final String encoded;

    HashedPassword(String encoded) {
        this.encoded = encoded;
    }

    String encoded() {
        return encoded;
    }

    @Override
    public String toString() {
        return "HashedPassword[redacted]";
    }
}
