package com.kapbenefit.portal.identity;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One failed sign-in, keyed by the hashed e-mail whether or not such an account exists. */
@MappedEntity("sign_in_failure")
record SignInFailure(@Id @GeneratedValue Long id, String signInKey, Instant failedAt) {
}
