package com.kapbenefit.portal.vault;

import com.kapbenefit.portal.audit.AuditTrail;
import com.kapbenefit.portal.identity.Caller;
import com.kapbenefit.portal.identity.Role;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The only way in and out of the vault. A member may read their own identity; providers with an
 * accepted referral come later, through a check of that referral. Every read is recorded first.
 */
@Singleton
public class IdentityVault {

    private final VaultEntryRepository entries;
    private final VaultReadRepository reads;
    private final VaultCipher cipher;
    private final AuditTrail audit;
    private final Clock clock;

    IdentityVault(VaultEntryRepository entries, VaultReadRepository reads, VaultCipher cipher, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.entries = entries;
        this.reads = reads;
        this.cipher = cipher;
        this.clock = clock;
    }

    public void store(String accountId, Identity identity) {
        Instant now = now();
        entries.save(new VaultEntry(accountId, cipher.keyId(),
                cipher.encrypt(identity.legalName(), accountId, "legal_name"),
                cipher.encrypt(identity.birthDate().toString(), accountId, "birth_date"),
                identity.phone() == null ? null : cipher.encrypt(identity.phone(), accountId, "phone"),
                identity.address() == null ? null : cipher.encrypt(identity.address(), accountId, "address"),
                cipher.encrypt(identity.email(), accountId, "email"), now, now));
    }

    /** A member reading their own identity. */
    @Transactional
    public Identity readOwn(Caller caller) {
        if (caller.role() != Role.MEMBER) {
            throw new ProblemException(ProblemType.FORBIDDEN, null);
        }
        reads.save(new VaultRead(null, caller.accountId(), caller.accountId(), caller.role().name(), "member viewing own details", now()));
        audit.record(caller.accountId(), caller.role().name(), "identity.read", caller.accountId(), AuditTrail.Outcome.ALLOWED,
                "member viewing own details");
        return decrypt(caller.accountId());
    }

    /**
     * A provider opening a member's identity. The caller has already established the right to
     * (an accepted case or referral with consent in force); the vault insists on the role and records the read.
     */
    @Transactional
    public Identity readForCare(Caller provider, String memberAccountId, String purpose) {
        if (provider.role() != Role.PROVIDER) {
            throw new ProblemException(ProblemType.FORBIDDEN, null);
        }
        reads.save(new VaultRead(null, memberAccountId, provider.accountId(), provider.role().name(), purpose, now()));
        audit.record(provider.accountId(), provider.role().name(), "identity.read", memberAccountId, AuditTrail.Outcome.ALLOWED, purpose);
        return decrypt(memberAccountId);
    }

    /** Who opened this member's identity, newest first: the member may always know. */
    public List<IdentityRead> readsOf(String accountId) {
        return reads.findByAccountIdOrderByIdDesc(accountId).stream()
                .map(read -> new IdentityRead(read.readerAccountId(), read.readerRole(), read.purpose(), read.readAt())).toList();
    }

    public record IdentityRead(String readerAccountId, String readerRole, String purpose, Instant readAt) {
    }

    private Identity decrypt(String accountId) {
        VaultEntry entry = entries.findById(accountId)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No identity details are stored for this account."));
        String keyId = entry.keyId();
        return new Identity(cipher.decrypt(entry.legalName(), keyId, accountId, "legal_name"),
                LocalDate.parse(cipher.decrypt(entry.birthDate(), keyId, accountId, "birth_date")),
                entry.phone() == null ? null : cipher.decrypt(entry.phone(), keyId, accountId, "phone"),
                entry.address() == null ? null : cipher.decrypt(entry.address(), keyId, accountId, "address"),
                cipher.decrypt(entry.email(), keyId, accountId, "email"));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
