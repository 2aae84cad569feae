package com.kapbenefit.portal.employer;

import com.kapbenefit.portal.shared.InvitationStatus;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;

final class TeamViews {

    private TeamViews() {
    }

    @Serdeable
    record InvitationRequest(@NotBlank @Email @Size(max = 254) String email,
                             @NotBlank @Size(max = 120) String displayName) {
    }

    /** The only time the link is shown: the inviter passes it on; the portal keeps just its digest. */
    @Serdeable
    record InvitationIssued(String id, String email, String displayName, Instant expiresAt, String acceptPath) {
    }

    @Serdeable
    record InvitationView(String id, String email, String displayName, Instant createdAt, Instant expiresAt,
                          InvitationStatus status) {
    }

    @Serdeable
    record HrAdminView(String id, String displayName, String status, boolean you) {
    }

    @Serdeable
    record InvitationPreview(String employerDisplayName, String email, String displayName, Instant expiresAt) {
    }

    @Serdeable
    record AcceptInvitationRequest(@NotBlank @Size(min = 12, max = 200) String password) {

        @Override
        public String toString() {
            return "AcceptInvitationRequest[redacted]";
        }
    }

    @Serdeable
    record InvitationAccepted(String email) {
    }
}
