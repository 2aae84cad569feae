package com.kapbenefit.portal.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

@MappedEntity("referral")
record Referral(@Id String id,
                String accountId,
                String therapistId,
                @Nullable String openAccountId,
                ReferralStatus status,
                String locationState,
                boolean chosenByMember,
                String reasons,
                Instant offeredAt,
                @Nullable Instant acceptedAt,
                @Nullable Instant closedAt,
                @Nullable CloseReason closeReason,
                @Nullable String closeNote) {
}
