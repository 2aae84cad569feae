/**
 * The identity vault: legal name, date of birth, phone, address and personal e-mail, each value
 * encrypted with AES-256-GCM under a key from the environment. Reading is allowed only through
 * {@link com.kapbenefit.portal.vault.IdentityVault}, which records every read.
 */
package com.kapbenefit.portal.vault;
