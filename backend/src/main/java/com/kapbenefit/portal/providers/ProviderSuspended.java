package com.kapbenefit.portal.providers;

/** Published when a platform admin suspends a provider, so the work they hold can move on. */
public record ProviderSuspended(String providerId) {
}
