package com.kapbenefit.portal.referral;

import com.kapbenefit.portal.audit.AuditTrail;
import com.kapbenefit.portal.clearance.MedicalClearance;
import com.kapbenefit.portal.consent.ConsentKind;
import com.kapbenefit.portal.consent.Consents;
import com.kapbenefit.portal.enrolment.CareStanding;
import com.kapbenefit.portal.enrolment.Enrolments;
import com.kapbenefit.portal.identity.Accounts;
import com.kapbenefit.portal.identity.Caller;
import com.kapbenefit.portal.providers.TherapistDirectory;
import com.kapbenefit.portal.screening.ScreeningLine;
import com.kapbenefit.portal.screening.Screenings;
import com.kapbenefit.portal.shared.CareState;
import com.kapbenefit.portal.shared.ProblemException;
import com.kapbenefit.portal.shared.ProblemType;
import com.kapbenefit.portal.vault.Identity;
import com.kapbenefit.portal.vault.IdentityVault;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The psychotherapist's side. Every call starts from the caller's own therapist record, and a
 * referral is theirs only when it was made to them; any other id is answered 404 and audited.
 */
@Singleton
class ProviderReferrals {

    static final Duration ANSWER_WITHIN = Duration.ofHours(72);

    private final ReferralRepository referrals;
    private final Routing routing;
    private final TherapistDirectory therapists;
    private final Accounts accounts;
    private final Enrolments enrolments;
    private final MedicalClearance clearance;
    private final Screenings screenings;
    private final Consents consents;
    private final IdentityVault vault;
    private final AuditTrail audit;
    private final Clock clock;

    ProviderReferrals(ReferralRepository referrals, Routing routing, TherapistDirectory therapists, Accounts accounts,
                      Enrolments enrolments, MedicalClearance clearance, Screenings screenings, Consents consents,
                      IdentityVault vault, AuditTrail audit, Clock clock) {
        this.referrals = referrals;
        this.routing = routing;
        this.therapists = therapists;
        this.accounts = accounts;
        this.enrolments = enrolments;
        this.clearance = clearance;
        this.screenings = screenings;
        this.consents = consents;
        this.vault = vault;
        this.audit = audit;
        this.clock = clock;
    }

    List<ReferralViews.ReferralSummary> queue(Caller caller) {
        return summaries(referrals.findByTherapistAndStatus(therapistId(caller), ReferralStatus.OFFERED)).stream()
                .sorted(Comparator.comparing((ReferralViews.ReferralSummary summary) -> !summary.urgent())
                        .thenComparing(ReferralViews.ReferralSummary::offeredAt))
                .toList();
    }

    List<ReferralViews.ReferralSummary> mine(Caller caller) {
        return summaries(referrals.findByTherapistAndStatus(therapistId(caller), ReferralStatus.ACCEPTED));
    }

    /** Identity opens only for the therapist holding the accepted referral, only with consent in force; the vault records the view. */
    ReferralViews.ReferralDetail detail(Caller caller, String referralId) {
        Referral referral = own(caller, referralId, "referral.view");
        List<ScreeningLine> screening = screenings.baselineResults(referral.accountId()).stream().map(ScreeningLine::of).toList();
        ReferralViews.MemberContact contact = null;
        ReferralViews.Withheld withheld = null;
        if (referral.closeReason() == CloseReason.CARE_CONSENT_REVOKED) {
            withheld = ReferralViews.Withheld.CONSENT_REVOKED;
        } else if (referral.status() != ReferralStatus.ACCEPTED) {
            withheld = ReferralViews.Withheld.NOT_ACCEPTED;
        } else if (!consents.inForce(referral.accountId(), ConsentKind.RELEASE_OF_INFORMATION)) {
            withheld = ReferralViews.Withheld.CONSENT_REVOKED;
        } else {
            Identity identity = vault.readForCare(caller, referral.accountId(), "psychotherapy referral");
            contact = new ReferralViews.MemberContact(identity.legalName(), identity.birthDate(), identity.phone(),
                    identity.address(), identity.email());
        }
        return new ReferralViews.ReferralDetail(summaries(List.of(referral)).get(0), screening, contact, withheld);
    }

    /** Acceptance re-checks the licence: it may have expired since the referral was made. */
    ReferralViews.ReferralDetail accept(Caller caller, String referralId) {
        Referral referral = own(caller, referralId, "referral.accept");
        if (referral.status() != ReferralStatus.OFFERED) {
            throw noLongerWaiting();
        }
        CareState state = CareState.valueOf(referral.locationState());
        if (!therapists.mayTreat(referral.therapistId(), state, LocalDate.now(clock))) {
            routing.closeAndReroute(referral, ReferralStatus.ENDED, CloseReason.LICENCE_NOT_VALID, null);
            throw new ProblemException(ProblemType.LICENCE_NOT_VALID, "Your licence in " + state.displayName()
                    + " is not valid today, so the referral was passed on to another therapist.");
        }
        if (referrals.acceptIfOffered(referral.id(), referral.therapistId(), clock.instant().truncatedTo(ChronoUnit.SECONDS)) == 0) {
            throw noLongerWaiting();
        }
        return detail(caller, referralId);
    }

    ReferralViews.Declined decline(Caller caller, String referralId, String reason) {
        Referral referral = own(caller, referralId, "referral.decline");
        if (referral.status() != ReferralStatus.OFFERED) {
            throw new ProblemException(ProblemType.CONFLICT, "Only a referral waiting for your answer can be declined.");
        }
        if (!routing.closeAndReroute(referral, ReferralStatus.DECLINED, CloseReason.DECLINED, reason.strip())) {
            throw noLongerWaiting();
        }
        return new ReferralViews.Declined(ReferralStatus.DECLINED);
    }

    private static ProblemException noLongerWaiting() {
        return new ProblemException(ProblemType.CONFLICT, "This referral is no longer waiting for your answer.");
    }

    private Referral own(Caller caller, String referralId, String action) {
        String therapistId = therapistId(caller);
        Optional<Referral> found = referrals.findById(referralId);
        if (found.isPresent() && found.get().therapistId().equals(therapistId)) {
            return found.get();
        }
        audit.refusal(caller.accountId(), caller.role().name(), action, found.map(Referral::accountId).orElse(null),
                found.isPresent() ? "referral " + referralId + " was not made to this provider" : "no referral " + referralId);
        throw new ProblemException(ProblemType.NOT_FOUND, "No such referral among yours.");
    }

    private String therapistId(Caller caller) {
        return therapists.psychotherapistId(caller.accountId())
                .orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN, "Referrals go to psychotherapists."));
    }

    /** A therapist may hold hundreds of referrals: what each summary needs from other contexts is read once for the whole list. */
    private List<ReferralViews.ReferralSummary> summaries(List<Referral> found) {
        Set<String> accountIds = found.stream().map(Referral::accountId).collect(Collectors.toSet());
        Map<String, CarePreference> preferences = routing.preferences(accountIds);
        Map<String, MedicalClearance.ClearedCare> cleared = clearance.clearedCare(accountIds);
        Map<String, String> pseudonyms = accounts.displayNames(accountIds);
        Map<String, CareStanding> standings = enrolments.careStandings(accountIds);
        return found.stream().map(referral -> {
            CarePreference preference = preferences.getOrDefault(referral.accountId(), CarePreference.none(referral.accountId()));
            Optional<MedicalClearance.ClearedCare> care = Optional.ofNullable(cleared.get(referral.accountId()));
            return new ReferralViews.ReferralSummary(referral.id(), referral.status(), pseudonyms.getOrDefault(referral.accountId(), ""),
                    referral.locationState(), Optional.ofNullable(standings.get(referral.accountId())).map(CareStanding::ageBand).orElse(null),
                    preference.language(), preference.languageRequired(), care.map(MedicalClearance.ClearedCare::setting).orElse(null),
                    care.map(MedicalClearance.ClearedCare::urgent).orElse(false), referral.offeredAt(),
                    referral.offeredAt().plus(ANSWER_WITHIN), referral.acceptedAt());
        }).toList();
    }
}
