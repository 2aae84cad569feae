package com.kapbenefit.portal.enrolment;

import com.kapbenefit.portal.identity.Accounts;
import com.kapbenefit.portal.identity.HashedPassword;
import com.kapbenefit.portal.identity.NewAccount;
import com.kapbenefit.portal.identity.Role;
import com.kapbenefit.portal.shared.KeyedHash;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import com.kapbenefit.portal.sponsorship.EligibilityCheck;
import com.kapbenefit.portal.sponsorship.EligibleProgramme;
import com.kapbenefit.portal.sponsorship.SeatLedger;
import com.kapbenefit.portal.vault.Identity;
import com.kapbenefit.portal.vault.IdentityVault;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Enrolment in one transaction: account, sealed identity, seat and enrolment row are created
 * together or not at all, so running out of seats (or any failure) leaves nothing half-made.
 */
@Singleton
public class Enrolments {

    private final EligibilityCheck eligibility;
    private final EligibilityThrottle throttle;
    private final Accounts accounts;
    private final IdentityVault vault;
    private final SeatLedger seats;
    private final EnrolmentRepository enrolments;
    private final KeyedHash keyedHash;
    private final ApplicationEventPublisher<MemberRelocated> relocations;
    private final ApplicationEventPublisher<MemberWithdrew> withdrawals;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    Enrolments(EligibilityCheck eligibility, EligibilityThrottle throttle, Accounts accounts, IdentityVault vault,
               SeatLedger seats, EnrolmentRepository enrolments, KeyedHash keyedHash,
               ApplicationEventPublisher<MemberRelocated> relocations, ApplicationEventPublisher<MemberWithdrew> withdrawals,
               TransactionOperations<Connection> transactions, Clock clock) {
        this.withdrawals = withdrawals;
        this.transactions = transactions;
        this.relocations = relocations;
        this.eligibility = eligibility;
        this.throttle = throttle;
        this.accounts = accounts;
        this.vault = vault;
        this.seats = seats;
        this.enrolments = enrolments;
        this.keyedHash = keyedHash;
        this.clock = clock;
    }

    public record Outcome(boolean created, String pseudonym, String email) {
    }

    /** The same failure for every reason, recorded against the client to slow down guessing. */
    EligibleProgramme checkEligibility(String enrolmentCode, String workIdentifier, LocalDate dateOfBirth,
                                       String clientAddress) {
        throttle.refuseIfLocked(clientAddress);
        Optional<EligibleProgramme> match = eligibility.match(enrolmentCode, workIdentifier, dateOfBirth);
        if (match.isEmpty()) {
            throttle.recordFailure(clientAddress);
            throw new ProblemException(ProblemType.NOT_ELIGIBLE,
                    "Check the enrolment code and your work e-mail or employee ID, and add your date of birth if your employer's list includes it.");
        }
        return match.get();
    }

    /**
     * Eligibility is checked before anything else, so a refusal costs no password hashing and is
     * counted against the client; the password is hashed before the transaction, which then holds a
     * connection only for the writes (hashing may wait in line behind a flood of sign-ins).
     */
    public Outcome enrol(EnrolmentRequest request, String clientAddress) {
        EligibleProgramme programme = checkEligibility(request.enrolmentCode(), request.workIdentifier(),
                request.dateOfBirth(), clientAddress);
        HashedPassword password = accounts.hashPassword(request.password());
        return transactions.executeWrite(status -> enrolWithin(request, programme, password));
    }

    private Outcome enrolWithin(EnrolmentRequest request, EligibleProgramme programme, HashedPassword password) {
        String email = request.email().strip();
        Optional<Enrolment> existing = enrolments.findByEligibilityEntryId(programme.eligibilityEntryId());
        if (existing.isPresent()) {
            return repeatedEnrolment(existing.get(), email);
        }
        if (email.equalsIgnoreCase(request.workIdentifier().strip())) {
            throw ProblemException.invalidField("email", "Use a personal e-mail address, not your work address.");
        }
        String pseudonym = request.pseudonym() == null || request.pseudonym().isBlank()
                ? Pseudonyms.generate() : request.pseudonym().strip();
        String accountId = accounts.open(new NewAccount(email, password, Role.MEMBER, pseudonym, programme.employerId()));
        vault.store(accountId, new Identity(request.legalName().strip(), request.birthDate(), blankToNull(request.phone()),
                blankToNull(request.address()), email.toLowerCase(Locale.ROOT)));
        String enrolmentId = UUID.randomUUID().toString();
        String reservation = seats.reserve(programme.programmeId(), enrolmentId)
                .orElseThrow(() -> new ProblemException(ProblemType.NO_SEATS_LEFT,
                        "Nothing was created. Seats may open again; you can also ask your benefits team whether more "
                                + "seats are planned, without telling them why you ask."));
        enrolments.save(new Enrolment(enrolmentId, accountId, programme.programmeId(), programme.eligibilityEntryId(),
                reservation, request.state(), EnrolmentStatus.ENROLLED, now(), null, AgeBand.of(request.birthDate(), LocalDate.now(clock))));
        return new Outcome(true, pseudonym, email);
    }

    /** Repeating one's own enrolment is harmless; someone else re-using the eligibility is refused. */
    private Outcome repeatedEnrolment(Enrolment enrolment, String email) {
        if (accounts.idOf(email).filter(enrolment.accountId()::equals).isEmpty()) {
            throw new ProblemException(ProblemType.ALREADY_ENROLLED,
                    "These eligibility details were already used to enrol. If that was you, sign in instead.");
        }
        return new Outcome(false, accounts.displayName(enrolment.accountId()).orElse(""), email);
    }

    @Transactional
    boolean withdraw(String accountId) {
        Enrolment enrolment = mine(accountId);
        if (enrolments.withdraw(accountId, now()) == 0) {
            return false;
        }
        withdrawals.publishEvent(new MemberWithdrew(accountId));
        // A seat whose package hours were used stays billed to the programme.
        boolean noSessionYet = seats.hoursConsumed(enrolment.seatReservationId()).compareTo(BigDecimal.ZERO) == 0;
        return noSessionYet && seats.release(enrolment.seatReservationId());
    }

    Enrolment mine(String accountId) {
        return enrolments.findByAccountId(accountId)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "No enrolment for this account."));
    }

    public Optional<Location> locationOf(String accountId) {
        return enrolments.findByAccountId(accountId).map(Enrolment::locationState);
    }

    void relocate(String accountId, Location location) {
        Location before = mine(accountId).locationState();
        enrolments.updateLocation(accountId, location);
        if (before != location) {
            relocations.publishEvent(new MemberRelocated(accountId, location));
        }
    }

    /** The programme's members by account, with when they enrolled and withdrew: for period aggregates, never shown as rows. */
    public List<EnrolledMember> membersOf(String programmeId) {
        return enrolments.findByProgrammeId(programmeId).stream()
                .map(enrolment -> new EnrolledMember(enrolment.accountId(), enrolment.enrolledAt(), enrolment.withdrawnAt()))
                .toList();
    }

    public record EnrolledMember(String accountId, Instant enrolledAt, @io.micronaut.core.annotation.Nullable Instant withdrawnAt) {
    }

    /** What care routing needs to know of a member's enrolment; never who they are. */
    public Optional<CareStanding> careStanding(String accountId) {
        return enrolments.findByAccountId(accountId).map(Enrolments::standingOf);
    }

    private static CareStanding standingOf(Enrolment enrolment) {
        return new CareStanding(enrolment.status() == EnrolmentStatus.ENROLLED, enrolment.programmeId(), enrolment.seatReservationId(),
                enrolment.locationState(), enrolment.ageBand());
    }

    /** The standing of many members at once, for lists that would otherwise ask member by member. */
    public Map<String, CareStanding> careStandings(Collection<String> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return enrolments.findByAccountIdIn(accountIds).stream().collect(Collectors.toMap(Enrolment::accountId, Enrolments::standingOf));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
