package com.kapbenefit.portal.identity;

import io.micronaut.serde.annotation.Serdeable;

/** What the browser gets on sign-in: who it is. The tokens travel only in HttpOnly cookies. */
@Serdeable
record SessionView(MeView user) {
}
