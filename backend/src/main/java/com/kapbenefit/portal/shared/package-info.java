/**
 * What every context shares: the RFC 9457 problem format, the clock, keyed hashing and the
 * production start-up checks. Nothing here knows about a feature.
 */
package com.kapbenefit.portal.shared;
