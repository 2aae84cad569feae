package com.kapbenefit.portal.providers;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A language the provider offers sessions in, as an ISO 639-1 code. */
@MappedEntity("provider_language")
record ProviderLanguage(@Id @GeneratedValue Long id, String providerId, String languageCode) {
}
