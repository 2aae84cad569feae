/**
 * The provider network: psychotherapists and prescribers, their languages and their licences.
 * A licence counts only when a platform admin has verified it and it has not expired.
 */
package com.kapbenefit.portal.providers;
