package com.kapbenefit.portal.consent;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("consent_document")
record ConsentDocument(@Id @GeneratedValue Long id, ConsentKind kind, int version, String language, String title,
                       String body, Instant publishedAt) {
}
