package com.kapbenefit.portal.clearance;

import com.kapbenefit.portal.consent.ConsentKind;
import com.kapbenefit.portal.consent.Consents;
import com.kapbenefit.portal.identity.Accounts;
import com.kapbenefit.portal.identity.Caller;
import com.kapbenefit.portal.providers.Prescriber;
import com.kapbenefit.portal.providers.PrescriberDirectory;
import com.kapbenefit.portal.screening.ScreeningLine;
import com.kapbenefit.portal.screening.ScreeningSummary;
import com.kapbenefit.portal.screening.Screenings;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import com.kapbenefit.portal.vault.Identity;
import com.kapbenefit.portal.vault.IdentityVault;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The prescriber's side of clearance. Every call starts from the caller's own prescriber record:
 * the queue holds only cases in states where their licence is valid today, and a case is theirs
 * only after they accepted it.
 */
@Singleton
class Clearances {

    private final ClearanceCaseRepository cases;
    private final PrescriberDirectory prescribers;
    private final Screenings screenings;
    private final Consents consents;
    private final IdentityVault vault;
    private final Accounts accounts;
    private final ApplicationEventPublisher<MemberCleared> clearedMembers;
    private final Clock clock;

    Clearances(ClearanceCaseRepository cases, PrescriberDirectory prescribers, Screenings screenings, Consents consents,
               IdentityVault vault, Accounts accounts,
               ApplicationEventPublisher<MemberCleared> clearedMembers, Clock clock) {
        this.clearedMembers = clearedMembers;
        this.cases = cases;
        this.prescribers = prescribers;
        this.screenings = screenings;
        this.consents = consents;
        this.vault = vault;
        this.accounts = accounts;
        this.clock = clock;
    }

    List<ClearanceViews.QueuedCase> queue(Caller caller) {
        Prescriber prescriber = prescriber(caller);
        if (prescriber.statesValidToday().isEmpty()) {
            return List.of();
        }
        return cases.findQueuedIn(prescriber.statesValidToday().stream().map(Enum::name).toList()).stream()
                .map(this::queued).toList();
    }

    List<ClearanceViews.QueuedCase> mine(Caller caller) {
        return cases.findByPrescriberIdAndStatusOrderByAcceptedAtAsc(prescriber(caller).providerId(), ClearanceStatus.IN_REVIEW)
                .stream().map(this::queued).toList();
    }

    ClearanceViews.CaseDetail accept(Caller caller, String caseId) {
        Prescriber prescriber = prescriber(caller);
        ClearanceCase queued = cases.findById(caseId)
                .filter(found -> prescriber.statesValidToday().stream().anyMatch(state -> state.name().equals(found.locationState())))
                .orElseThrow(Clearances::notFound);
        if (cases.acceptIfQueued(queued.id(), prescriber.providerId(), now()) == 0) {
            throw new ProblemException(ProblemType.CONFLICT, "Another prescriber has already taken this case.");
        }
        return detail(caller, caseId);
    }

    /** Identity is opened only for the prescriber holding the case, only with consent in force, and each view is recorded. */
    ClearanceViews.CaseDetail detail(Caller caller, String caseId) {
        ClearanceCase held = held(caller, caseId);
        List<ScreeningSummary> screening = screenings.baselineResults(held.accountId());
        boolean consentInForce = consents.inForce(held.accountId(), ConsentKind.RELEASE_OF_INFORMATION);
        ClearanceViews.MemberIdentity identity = null;
        if (consentInForce) {
            Identity opened = vault.readForCare(caller, held.accountId(), "medical clearance");
            identity = new ClearanceViews.MemberIdentity(opened.legalName(), opened.birthDate(), opened.phone(), opened.address(), opened.email());
        }
        return new ClearanceViews.CaseDetail(held.id(), held.status(), pseudonym(held), held.locationState(), held.urgent(),
                held.queuedAt(), held.acceptedAt(), screening.stream().map(ScreeningLine::of).toList(),
                reasons(screening), details(screening), identity, !consentInForce, held.setting(), held.messageToMember());
    }

    ClearanceViews.CaseDetail decide(Caller caller, String caseId, ClearanceViews.DecisionRequest decision) {
        if (decision.outcome() == ClearanceViews.Outcome.CLEARED && decision.setting() == null) {
            throw ProblemException.invalidField("setting", "Choose the recommended setting.");
        }
        String message = decision.messageToMember() == null ? null : decision.messageToMember().strip();
        if (decision.outcome() != ClearanceViews.Outcome.CLEARED && (message == null || message.isEmpty())) {
            throw ProblemException.invalidField("messageToMember", "Write a few kind words for the member.");
        }
        ClearanceCase held = held(caller, caseId);
        Setting setting = decision.outcome() == ClearanceViews.Outcome.CLEARED ? decision.setting() : null;
        if (cases.decide(held.id(), held.prescriberId(), ClearanceStatus.valueOf(decision.outcome().name()),
                setting == null ? null : setting.name(), message, now()) == 0) {
            throw new ProblemException(ProblemType.CONFLICT, "This case already has a decision.");
        }
        if (setting != null) {
            clearedMembers.publishEvent(new MemberCleared(held.accountId()));
        }
        return detail(caller, caseId);
    }

    ClearanceViews.MyClearance forMember(Caller member) {
        ClearanceCase found = cases.findByAccountId(member.accountId())
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "Your case is created when the questionnaires are done."));
        return new ClearanceViews.MyClearance(found.status(), found.setting(), found.messageToMember(), found.decidedAt());
    }

    private ClearanceCase held(Caller caller, String caseId) {
        String providerId = prescriber(caller).providerId();
        return cases.findById(caseId).filter(found -> providerId.equals(found.prescriberId())).orElseThrow(Clearances::notFound);
    }

    private Prescriber prescriber(Caller caller) {
        return prescribers.prescriber(caller.accountId())
                .orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN, "Medical clearance is done by prescribers."));
    }

    private ClearanceViews.QueuedCase queued(ClearanceCase found) {
        List<ScreeningSummary> screening = screenings.baselineResults(found.accountId());
        return new ClearanceViews.QueuedCase(found.id(), found.status(), pseudonym(found), found.locationState(), found.urgent(),
                found.queuedAt(), screening.stream().map(ScreeningLine::of).toList(), reasons(screening));
    }

    private String pseudonym(ClearanceCase found) {
        return accounts.displayName(found.accountId()).orElse("");
    }

    private static List<String> reasons(List<ScreeningSummary> screening) {
        return screening.stream().flatMap(summary -> summary.reviewReasons().stream()).toList();
    }

    private static String details(List<ScreeningSummary> screening) {
        return screening.stream().map(ScreeningSummary::details).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, "No such case in your queue.");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
