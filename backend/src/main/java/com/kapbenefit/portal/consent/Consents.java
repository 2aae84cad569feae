package com.kapbenefit.portal.consent;

import com.kapbenefit.portal.audit.AuditTrail;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A consent is in force from its latest acceptance until revoked. An acceptance stays valid for
 * the version accepted; a new version is offered for acceptance but does not cancel the old one.
 */
@Singleton
public class Consents {

    static final List<String> LANGUAGES = List.of("en", "es");

    private final ConsentDocumentRepository documents;
    private final ConsentAcceptanceRepository acceptances;
    private final AuditTrail audit;
    private final ApplicationEventPublisher<ConsentRevoked> revocations;
    private final Clock clock;

    Consents(ConsentDocumentRepository documents, ConsentAcceptanceRepository acceptances, AuditTrail audit,
             ApplicationEventPublisher<ConsentRevoked> revocations, Clock clock) {
        this.revocations = revocations;
        this.audit = audit;
        this.documents = documents;
        this.acceptances = acceptances;
        this.clock = clock;
    }

    public boolean inForce(String accountId, ConsentKind kind) {
        return acceptances.findFirstByAccountIdAndKindOrderByIdDesc(accountId, kind)
                .filter(acceptance -> acceptance.revokedAt() == null)
                .isPresent();
    }

    public boolean allInForce(String accountId) {
        return Arrays.stream(ConsentKind.values()).allMatch(kind -> inForce(accountId, kind));
    }

    int currentVersion(ConsentKind kind) {
        return documents.currentVersion(kind);
    }

    ConsentDocument current(ConsentKind kind, String language) {
        String chosen = LANGUAGES.contains(language) ? language : "en";
        return documents.findByKindAndVersionAndLanguage(kind, currentVersion(kind), chosen).orElseThrow();
    }

    Optional<ConsentAcceptance> latest(String accountId, ConsentKind kind) {
        return acceptances.findFirstByAccountIdAndKindOrderByIdDesc(accountId, kind);
    }

    @Transactional
    void accept(String accountId, ConsentKind kind, int version) {
        if (version != currentVersion(kind)) {
            throw new ProblemException(ProblemType.CONFLICT, "This consent document has a newer version. Read it and accept that one.");
        }
        Optional<ConsentAcceptance> latest = latest(accountId, kind);
        if (latest.isPresent() && latest.get().revokedAt() == null && latest.get().version() == version) {
            return;
        }
        acceptances.save(new ConsentAcceptance(null, accountId, kind, version, now(), null));
        audit.record(accountId, "MEMBER", "consent.accept", accountId, AuditTrail.Outcome.ALLOWED, kind.name() + " v" + version);
    }

    /** Accepts the current version of every consent at once, as the demo's members did. */
    public void acceptAllCurrent(String accountId) {
        Arrays.stream(ConsentKind.values()).forEach(kind -> accept(accountId, kind, currentVersion(kind)));
    }

    @Transactional
    void revoke(String accountId, ConsentKind kind) {
        if (acceptances.revoke(accountId, kind, now()) > 0) {
            revocations.publishEvent(new ConsentRevoked(accountId, kind));
        }
        audit.record(accountId, "MEMBER", "consent.revoke", accountId, AuditTrail.Outcome.ALLOWED, kind.name());
    }

    /** A new version of a document, in both languages at once, so no member ever sees versions out of step. */
    @Transactional
    int publish(ConsentKind kind, String titleEn, String bodyEn, String titleEs, String bodyEs) {
        int version = currentVersion(kind) + 1;
        Instant now = now();
        documents.save(new ConsentDocument(null, kind, version, "en", titleEn, bodyEn, now));
        documents.save(new ConsentDocument(null, kind, version, "es", titleEs, bodyEs, now));
        return version;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
