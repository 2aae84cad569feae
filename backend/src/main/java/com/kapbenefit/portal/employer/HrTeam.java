package com.kapbenefit.portal.employer;

import com.kapbenefit.portal.identity.AccountSummary;
import com.kapbenefit.portal.identity.Accounts;
import com.kapbenefit.portal.identity.HashedPassword;
import com.kapbenefit.portal.identity.NewAccount;
import com.kapbenefit.portal.identity.Role;
import com.kapbenefit.portal.shared.InvitationStatus;
import com.kapbenefit.portal.shared.OpaqueTokens;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/** An employer's HR admins: invited by single-use, expiring links, deactivated by their peers. */
@Singleton
class HrTeam {

    private final HrInvitationRepository invitations;
    private final Employers employers;
    private final Accounts accounts;
    private final Clock clock;
    private final Duration invitationLifetime;
    private final TransactionOperations<Connection> transactions;

    HrTeam(HrInvitationRepository invitations, Employers employers, Accounts accounts, Clock clock,
           @Value("${kap.invitations.lifetime}") Duration invitationLifetime, TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
        this.invitations = invitations;
        this.employers = employers;
        this.accounts = accounts;
        this.clock = clock;
        this.invitationLifetime = invitationLifetime;
    }

    record IssuedInvitation(HrInvitation invitation, String token) {
    }

    IssuedInvitation invite(String employerId, String email, String displayName, String invitedBy) {
        employers.require(employerId);
        if (accounts.exists(email)) {
            throw new ProblemException(ProblemType.CONFLICT, "An account with this e-mail already exists.");
        }
        String token = OpaqueTokens.newToken();
        Instant now = now();
        HrInvitation invitation = new HrInvitation(UUID.randomUUID().toString(), employerId, email.strip(),
                displayName.strip(), OpaqueTokens.digest(token), invitedBy, now, now.plus(invitationLifetime), null, null);
        invitations.save(invitation);
        return new IssuedInvitation(invitation, token);
    }

    List<HrInvitation> invitationsOf(String employerId) {
        return invitations.findByEmployerIdOrderByCreatedAtDesc(employerId);
    }

    void revoke(String employerId, String invitationId) {
        if (invitations.revokeIfPending(invitationId, employerId, now()) == 0) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No pending invitation with this id.");
        }
    }

    /** Unknown, used, revoked and expired links get the same answer. */
    HrInvitation pending(String token) {
        Instant now = now();
        return invitations.findByTokenHash(OpaqueTokens.digest(token))
                .filter(invitation -> invitation.statusAt(now) == InvitationStatus.PENDING)
                .filter(invitation -> employers.isActive(invitation.employerId()))
                .orElseThrow(HrTeam::invalidInvitation);
    }

    /** The link is checked before the password is hashed, and the hashing happens before the transaction. */
    String accept(String token, String password) {
        HrInvitation invitation = pending(token);
        HashedPassword hashed = accounts.hashPassword(password);
        return transactions.executeWrite(status -> {
            if (invitations.acceptIfPending(invitation.id(), now()) == 0) {
                throw invalidInvitation();
            }
            accounts.open(new NewAccount(invitation.email(), hashed, Role.HR_ADMIN, invitation.displayName(), invitation.employerId()));
            return invitation.email();
        });
    }

    List<AccountSummary> hrAdminsOf(String employerId) {
        return accounts.ofEmployer(employerId, Role.HR_ADMIN);
    }

    void deactivate(String employerId, String accountId, String actingAccountId) {
        AccountSummary admin = accounts.find(accountId)
                .filter(account -> account.role() == Role.HR_ADMIN && employerId.equals(account.employerId()))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No such HR admin at this employer."));
        if (admin.id().equals(actingAccountId)) {
            throw new ProblemException(ProblemType.CONFLICT, "You cannot deactivate yourself; ask another HR admin.");
        }
        if (admin.active() && accounts.countActive(employerId, Role.HR_ADMIN) <= 1) {
            throw new ProblemException(ProblemType.CONFLICT, "An employer keeps at least one active HR admin.");
        }
        accounts.disable(admin.id());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    private static ProblemException invalidInvitation() {
        return new ProblemException(ProblemType.INVITATION_INVALID,
                "This invitation link is not valid any more. Ask the person who invited you for a new one.");
    }

}
