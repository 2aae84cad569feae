package com.kapbenefit.portal.sponsorship;

import com.kapbenefit.portal.audit.AuditTrail;
import com.kapbenefit.portal.shared.CareState;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The life of a programme: draft, active, closed. Every change is validated against the rules of
 * its state and recorded with who made it and when.
 *
 * <p>While a programme is active its seats can only grow: allowing "reduce to N if N is not below
 * seats in use" would let anyone find the exact number of members by trying smaller numbers.
 */
@Singleton
public class Programmes {

    private final ProgrammeRepository programmes;
    private final ProgrammeChangeRepository changes;
    private final SeatPoolRepository pools;
    private final SeatPurchaseRepository purchases;
    private final AuditTrail audit;
    private final Clock clock;

    Programmes(ProgrammeRepository programmes, ProgrammeChangeRepository changes, SeatPoolRepository pools,
               SeatPurchaseRepository purchases, AuditTrail audit, Clock clock) {
        this.audit = audit;
        this.programmes = programmes;
        this.changes = changes;
        this.pools = pools;
        this.purchases = purchases;
        this.clock = clock;
    }

    /** The programme if it belongs to this employer; another employer's id is simply not found. */
    Programme require(String employerId, String programmeId) {
        return programmes.findByIdAndEmployerId(programmeId, employerId)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No such programme."));
    }

    /** The code employees type, as printed on the announcement. */
    public String enrolmentCode(String employerId, String programmeId) {
        String code = require(employerId, programmeId).enrolmentCode();
        if (code == null) {
            throw new ProblemException(ProblemType.CONFLICT, "Only an active programme has an enrolment code.");
        }
        return EnrolmentCodes.format(code);
    }

    List<Programme> of(String employerId) {
        return programmes.findByEmployerIdOrderByCreatedAtDesc(employerId);
    }

    /** Returns the new draft programme's id. */
    @Transactional
    public String create(String employerId, ProgrammeRequest request, String actor) {
        return createDraft(employerId, request, actor).id();
    }

    @Transactional
    Programme createDraft(String employerId, ProgrammeRequest request, String actor) {
        checkDates(request);
        Instant now = now();
        Programme programme = programmes.save(new Programme(UUID.randomUUID().toString(), employerId, request.name().strip(),
                request.startsOn(), request.endsOn(), request.packageHours(), cents(request.pricePerSeatUsd()),
                Programme.join(request.coveredServices()), Programme.join(request.states()), ProgrammeStatus.DRAFT,
                null, null, null, now, actor, now, actor, 0));
        pools.save(new SeatPool(programme.id(), request.seats(), 0, false));
        record(programme, actor, "Created the draft programme \"" + programme.name() + "\" with " + request.seats()
                + " seats, " + request.packageHours() + " package hours at USD " + request.pricePerSeatUsd() + " per seat.");
        return programme;
    }

    @Transactional
    Programme update(String employerId, String programmeId, ProgrammeRequest request, String actor) {
        Programme current = require(employerId, programmeId);
        if (request.version() == null || request.version() != current.version()) {
            throw new ProblemException(ProblemType.CONFLICT, "Someone else changed this programme. Reload and try again.");
        }
        checkDates(request);
        SeatPool pool = pools.findById(programmeId).orElseThrow();
        List<String> described = new ArrayList<>();
        switch (current.status()) {
            case CLOSED -> throw new ProblemException(ProblemType.CONFLICT, "A closed programme cannot be changed.");
            case ACTIVE -> changeActiveSeatsAndTerms(current, request, pool, described);
            case DRAFT -> {
                if (request.seats() != pool.seats()) {
                    pools.resetDraftSeats(programmeId, request.seats());
                    described.add("seats " + pool.seats() + " → " + request.seats());
                }
            }
        }
        Programme updated = new Programme(current.id(), current.employerId(), request.name().strip(), request.startsOn(),
                request.endsOn(), request.packageHours(), cents(request.pricePerSeatUsd()),
                Programme.join(request.coveredServices()), Programme.join(request.states()), current.status(),
                current.enrolmentCode(), current.activatedAt(), current.closedAt(), current.createdAt(), current.createdBy(),
                now(), actor, current.version());
        describeTermChanges(current, updated, described);
        if (described.isEmpty()) {
            return current;
        }
        Programme saved = programmes.update(updated);
        record(saved, actor, "Changed " + String.join("; ", described) + ".");
        return saved;
    }

    @Transactional
    public void activate(String employerId, String programmeId, String actor) {
        activateDraft(employerId, programmeId, actor);
    }

    @Transactional
    Programme activateDraft(String employerId, String programmeId, String actor) {
        Programme current = require(employerId, programmeId);
        if (current.status() != ProgrammeStatus.DRAFT) {
            throw new ProblemException(ProblemType.CONFLICT, "Only a draft programme can be activated.");
        }
        if (current.endsOn().isBefore(today())) {
            throw ProblemException.invalidField("endsOn", "The programme has already ended; move its end date first.");
        }
        Instant now = now();
        SeatPool pool = pools.findById(programmeId).orElseThrow();
        pools.setOpen(programmeId, true);
        purchases.save(new SeatPurchase(null, programmeId, pool.seats(), now));
        Programme active = programmes.update(withStatus(current, ProgrammeStatus.ACTIVE, uniqueCode(), now, null, actor));
        record(active, actor, "Activated the programme with " + pool.seats() + " seats; the enrolment code was issued.");
        return active;
    }

    @Transactional
    Programme close(String employerId, String programmeId, String actor) {
        Programme current = require(employerId, programmeId);
        if (current.status() != ProgrammeStatus.ACTIVE) {
            throw new ProblemException(ProblemType.CONFLICT, "Only an active programme can be closed.");
        }
        pools.setOpen(programmeId, false);
        Programme closed = programmes.update(withStatus(current, ProgrammeStatus.CLOSED, null, current.activatedAt(), now(), actor));
        record(closed, actor, "Closed the programme: no new enrolments; members already enrolled keep their care.");
        return closed;
    }

    @Transactional
    Programme rotateEnrolmentCode(String employerId, String programmeId, String actor) {
        Programme current = require(employerId, programmeId);
        if (current.status() != ProgrammeStatus.ACTIVE) {
            throw new ProblemException(ProblemType.CONFLICT, "Only an active programme has an enrolment code.");
        }
        Programme rotated = programmes.update(withStatus(current, ProgrammeStatus.ACTIVE, uniqueCode(),
                current.activatedAt(), null, actor));
        record(rotated, actor, "Issued a new enrolment code; the previous code no longer works.");
        return rotated;
    }

    List<ProgrammeChange> history(String employerId, String programmeId) {
        require(employerId, programmeId);
        return changes.findByProgrammeIdOrderByIdDesc(programmeId);
    }

    private void changeActiveSeatsAndTerms(Programme current, ProgrammeRequest request, SeatPool pool, List<String> described) {
        if (request.seats() < pool.seats()) {
            throw ProblemException.invalidField("seats", "Seats of an active programme can be added but not removed.");
        }
        if (!request.startsOn().equals(current.startsOn()) || request.packageHours() != current.packageHours()
                || cents(request.pricePerSeatUsd()) != current.pricePerSeatCents()
                || !request.coveredServices().equals(current.coveredServiceSet())) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "The start date and package terms are fixed once a programme is active.");
        }
        Set<CareState> removed = EnumSet.copyOf(current.stateSet());
        removed.removeAll(request.states());
        if (!removed.isEmpty()) {
            throw ProblemException.invalidField("states", "States can be added to an active programme but not removed.");
        }
        if (request.seats() > pool.seats()) {
            int added = request.seats() - pool.seats();
            pools.addSeats(current.id(), added);
            purchases.save(new SeatPurchase(null, current.id(), added, now()));
            described.add("added " + added + " seats (" + pool.seats() + " → " + request.seats() + ")");
        }
    }

    private static void describeTermChanges(Programme before, Programme after, List<String> described) {
        if (!before.name().equals(after.name())) {
            described.add("name \"" + before.name() + "\" → \"" + after.name() + "\"");
        }
        if (!before.startsOn().equals(after.startsOn())) {
            described.add("start " + before.startsOn() + " → " + after.startsOn());
        }
        if (!before.endsOn().equals(after.endsOn())) {
            described.add("end " + before.endsOn() + " → " + after.endsOn());
        }
        if (before.packageHours() != after.packageHours()) {
            described.add("package hours " + before.packageHours() + " → " + after.packageHours());
        }
        if (before.pricePerSeatCents() != after.pricePerSeatCents()) {
            described.add("price per seat USD " + usd(before.pricePerSeatCents()) + " → " + usd(after.pricePerSeatCents()));
        }
        if (!before.coveredServices().equals(after.coveredServices())) {
            described.add("covered services " + before.coveredServices() + " → " + after.coveredServices());
        }
        if (!before.states().equals(after.states())) {
            described.add("states " + before.states() + " → " + after.states());
        }
    }

    private static void checkDates(ProgrammeRequest request) {
        if (!request.endsOn().isAfter(request.startsOn())) {
            throw ProblemException.invalidField("endsOn", "The end date must be after the start date.");
        }
    }

    private Programme withStatus(Programme p, ProgrammeStatus status, String code, Instant activatedAt, Instant closedAt, String actor) {
        return new Programme(p.id(), p.employerId(), p.name(), p.startsOn(), p.endsOn(), p.packageHours(),
                p.pricePerSeatCents(), p.coveredServices(), p.states(), status, code, activatedAt, closedAt,
                p.createdAt(), p.createdBy(), now(), actor, p.version());
    }

    private String uniqueCode() {
        String code;
        do {
            code = EnrolmentCodes.generate();
        } while (programmes.existsByEnrolmentCode(code));
        return code;
    }

    private void record(Programme programme, String actor, String description) {
        changes.save(new ProgrammeChange(null, programme.id(), actor, now(), description));
        audit.record(actor, "HR_ADMIN", "sponsorship.programme", programme.id(), AuditTrail.Outcome.ALLOWED, description);
    }

    static long cents(BigDecimal usd) {
        return usd.movePointRight(2).longValueExact();
    }

    static BigDecimal usd(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
