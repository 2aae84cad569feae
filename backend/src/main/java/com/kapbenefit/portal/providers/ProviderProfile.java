package com.kapbenefit.portal.providers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

@MappedEntity("provider_profile")
record ProviderProfile(@Id String id,
                       String accountId,
                       String displayName,
                       ProviderKind kind,
                       String credentials,
                       String timeZone,
                       Instant createdAt,
                       int capacity,
                       String modalities,
                       ProviderStatus status,
                       @Nullable LocalDate nextAvailableOn) {

    Set<Modality> modalitySet() {
        Set<Modality> set = EnumSet.noneOf(Modality.class);
        Arrays.stream(modalities.split(",")).filter(m -> !m.isBlank()).map(Modality::valueOf).forEach(set::add);
        return set;
    }

    static String join(Set<Modality> modalities) {
        return modalities.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    ProviderProfile with(String newCredentials, String newTimeZone, int newCapacity, Set<Modality> newModalities,
                         @Nullable LocalDate newNextAvailableOn) {
        return new ProviderProfile(id, accountId, displayName, kind, newCredentials, newTimeZone, createdAt, newCapacity,
                join(newModalities), status, newNextAvailableOn);
    }

    ProviderProfile withStatus(ProviderStatus newStatus) {
        return new ProviderProfile(id, accountId, displayName, kind, credentials, timeZone, createdAt, capacity, modalities, newStatus,
                nextAvailableOn);
    }
}
