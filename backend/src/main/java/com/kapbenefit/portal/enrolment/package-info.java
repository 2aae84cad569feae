/**
 * Confidential enrolment: proving eligibility, opening a pseudonymous member account, sealing the
 * identity in the vault and taking a seat, all in one transaction. Only the member sees any of it.
 */
package com.kapbenefit.portal.enrolment;
