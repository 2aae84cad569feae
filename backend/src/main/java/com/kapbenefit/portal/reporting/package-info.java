/**
 * Employer reporting: aggregate-only reports per programme and closed period, published once,
 * noised and suppressed before they are stored, so the request path reads nothing but published
 * cells. Raw period aggregates come in through {@link com.kapbenefit.portal.reporting.ReportSource};
 * this package never reaches members, identities, answers or sessions (ArchUnit).
 */
package com.kapbenefit.portal.reporting;
