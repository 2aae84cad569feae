package com.kapbenefit.portal.employer;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Shapes the team answers shared by the operator's and the HR admin's routes. */
@Singleton
class TeamResponses {

    private final HrTeam team;
    private final Clock clock;

    TeamResponses(HrTeam team, Clock clock) {
        this.team = team;
        this.clock = clock;
    }

    List<TeamViews.HrAdminView> hrAdmins(String employerId, String callerId) {
        return team.hrAdminsOf(employerId).stream()
                .map(admin -> new TeamViews.HrAdminView(admin.id(), admin.displayName(), admin.status().name(),
                        admin.id().equals(callerId)))
                .toList();
    }

    List<TeamViews.InvitationView> invitations(String employerId) {
        Instant now = clock.instant();
        return team.invitationsOf(employerId).stream()
                .map(invitation -> new TeamViews.InvitationView(invitation.id(), invitation.email(),
                        invitation.displayName(), invitation.createdAt(), invitation.expiresAt(), invitation.statusAt(now)))
                .toList();
    }

    TeamViews.InvitationIssued invite(String employerId, TeamViews.InvitationRequest request, String callerId) {
        HrTeam.IssuedInvitation issued = team.invite(employerId, request.email(), request.displayName(), callerId);
        HrInvitation invitation = issued.invitation();
        return new TeamViews.InvitationIssued(invitation.id(), invitation.email(), invitation.displayName(),
                invitation.expiresAt(), "/invitations/" + issued.token());
    }
}
