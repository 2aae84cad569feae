/**
 * Versioned consent documents in English and Spanish, and each member's acceptances and
 * revocations. Other contexts ask {@link com.kapbenefit.portal.consent.Consents} whether a consent is in force.
 */
package com.kapbenefit.portal.consent;
