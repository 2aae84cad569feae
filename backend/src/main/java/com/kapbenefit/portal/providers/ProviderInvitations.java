package com.kapbenefit.portal.providers;

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
import java.util.Set;
import java.util.UUID;

/**
 * Providers join by invitation from a platform admin, like HR admins: a single-use, expiring link.
 * They start with an empty practice profile and no licence; nothing counts until an admin verifies it.
 */
@Singleton
class ProviderInvitations {

    private static final String DEFAULT_TIME_ZONE = "America/Los_Angeles";
    private static final int DEFAULT_CAPACITY = 10;

    private final ProviderInvitationRepository invitations;
    private final Providers providers;
    private final Accounts accounts;
    private final Clock clock;
    private final Duration lifetime;
    private final TransactionOperations<Connection> transactions;

    ProviderInvitations(ProviderInvitationRepository invitations, Providers providers, Accounts accounts, Clock clock,
                        @Value("${kap.invitations.lifetime}") Duration lifetime, TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
        this.invitations = invitations;
        this.providers = providers;
        this.accounts = accounts;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    record Issued(ProviderInvitation invitation, String token) {
    }

    Issued invite(ProviderRequests.InvitationRequest request, String invitedBy) {
        if (accounts.exists(request.email())) {
            throw new ProblemException(ProblemType.CONFLICT, "An account with this e-mail already exists.");
        }
        String token = OpaqueTokens.newToken();
        Instant now = now();
        ProviderInvitation invitation = new ProviderInvitation(UUID.randomUUID().toString(), request.email().strip(),
                request.displayName().strip(), request.kind(), OpaqueTokens.digest(token), invitedBy, now, now.plus(lifetime), null, null);
        invitations.save(invitation);
        return new Issued(invitation, token);
    }

    List<ProviderInvitation> all() {
        return invitations.findAllOrderByCreatedAtDesc();
    }

    void revoke(String invitationId) {
        if (invitations.revokeIfPending(invitationId, now()) == 0) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No pending invitation with this id.");
        }
    }

    /** Unknown, used, revoked and expired links get the same answer. */
    ProviderInvitation pending(String token) {
        Instant now = now();
        return invitations.findByTokenHash(OpaqueTokens.digest(token))
                .filter(invitation -> invitation.statusAt(now) == InvitationStatus.PENDING)
                .orElseThrow(ProviderInvitations::invalidLink);
    }

    /** The link is checked before the password is hashed, and the hashing happens before the transaction. */
    String accept(String token, String password) {
        ProviderInvitation invitation = pending(token);
        HashedPassword hashed = accounts.hashPassword(password);
        return transactions.executeWrite(status -> acceptWithin(invitation, hashed));
    }

    private String acceptWithin(ProviderInvitation invitation, HashedPassword password) {
        if (invitations.acceptIfPending(invitation.id(), now()) == 0) {
            throw invalidLink();
        }
        String accountId = accounts.open(new NewAccount(invitation.email(), password, Role.PROVIDER, invitation.displayName(), null));
        providers.register(new ProviderRegistration(accountId, invitation.displayName(), invitation.kind(), "",
                DEFAULT_TIME_ZONE, List.of("en"), Set.of(Modality.TELEHEALTH), DEFAULT_CAPACITY, List.of()));
        return invitation.email();
    }

    private static ProblemException invalidLink() {
        return new ProblemException(ProblemType.INVITATION_INVALID,
                "This invitation link is not valid any more. Ask the person who invited you for a new one.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
