/**
 * Sponsorship programmes of an employer: their terms, enrolment codes, eligibility lists (stored
 * only as keyed hashes), the seat ledger that never oversells, and aggregate statements. Nothing
 * here knows who a member is; employer-facing numbers pass through {@link com.kapbenefit.portal.shared.Cell}.
 */
package com.kapbenefit.portal.sponsorship;
