/**
 * Accounts, roles, passwords and sessions. Knows nothing of other contexts; those that need a
 * caller's identity use {@link com.kapbenefit.portal.identity.Caller} and
 * {@link com.kapbenefit.portal.identity.Accounts}.
 */
package com.kapbenefit.portal.identity;
