package com.kapbenefit.portal.journey;

import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.core.annotation.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The order of the KAP protocol over a member's sessions: preparation first, one medicine session
 * at a time after it, and each medicine session's integration starting within 96 hours of its end.
 */
final class Protocol {

    static final Duration INTEGRATION_WINDOW = Duration.ofHours(96);

    /** When a session of a kind may start, and the medicine session an integration belongs to. */
    record Bounds(Instant earliest, @Nullable Instant latest, @Nullable CareSession medicine) {
    }

    private Protocol() {
    }

    static Bounds bounds(SessionKind kind, List<CareSession> sessions, Instant now) {
        Optional<CareSession> preparation = latest(sessions, SessionKind.PREPARATION);
        return switch (kind) {
            case PREPARATION -> {
                if (preparation.isPresent()) {
                    throw protocol("Your preparation session is already " + (preparation.get().status() == SessionStatus.BOOKED ? "booked." : "done."));
                }
                yield new Bounds(now, null, null);
            }
            case MEDICINE -> {
                CareSession prepared = preparation.orElseThrow(() -> protocol("Book your preparation session first; the medicine session comes after it."));
                if (latest(sessions, SessionKind.MEDICINE).filter(medicine -> medicine.status() == SessionStatus.BOOKED).isPresent()) {
                    throw protocol("Your medicine session is already booked; book its integration before another one.");
                }
                Optional<CareSession> waiting = awaitingIntegration(sessions, now);
                if (waiting.isPresent()) {
                    throw protocol("Book the integration of your last medicine session first.");
                }
                yield new Bounds(prepared.endsAt(), null, null);
            }
            case INTEGRATION -> {
                CareSession medicine = awaitingIntegration(sessions, now)
                        .orElseThrow(() -> protocol("Integration follows a medicine session; there is none waiting for its integration."));
                yield new Bounds(medicine.endsAt(), medicine.endsAt().plus(INTEGRATION_WINDOW), medicine);
            }
        };
    }

    /** The latest medicine session, booked or held, with no integration yet and its window still open. */
    static Optional<CareSession> awaitingIntegration(List<CareSession> sessions, Instant now) {
        return latest(sessions, SessionKind.MEDICINE)
                .filter(medicine -> medicine.endsAt().plus(INTEGRATION_WINDOW).isAfter(now))
                .filter(medicine -> sessions.stream().noneMatch(session -> session.active()
                        && session.kind() == SessionKind.INTEGRATION && medicine.id().equals(session.medicineSessionId())));
    }

    private static Optional<CareSession> latest(List<CareSession> sessions, SessionKind kind) {
        return sessions.stream().filter(CareSession::active).filter(session -> session.kind() == kind)
                .max(Comparator.comparing(CareSession::startsAt));
    }

    static ProblemException protocol(String detail) {
        return new ProblemException(ProblemType.PROTOCOL, detail);
    }
}
