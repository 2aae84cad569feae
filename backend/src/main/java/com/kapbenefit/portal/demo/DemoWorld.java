package com.kapbenefit.portal.demo;

import com.kapbenefit.portal.consent.Consents;
import com.kapbenefit.portal.employer.Employers;
import com.kapbenefit.portal.enrolment.EnrolmentRequest;
import com.kapbenefit.portal.enrolment.Enrolments;
import com.kapbenefit.portal.enrolment.Location;
import com.kapbenefit.portal.identity.Accounts;
import com.kapbenefit.portal.identity.NewAccount;
import com.kapbenefit.portal.identity.Role;
import com.kapbenefit.portal.providers.AvailabilityCalendar;
import com.kapbenefit.portal.providers.Modality;
import com.kapbenefit.portal.providers.ProviderKind;
import com.kapbenefit.portal.providers.ProviderRegistration;
import com.kapbenefit.portal.providers.ProviderRegistration.Licence;
import com.kapbenefit.portal.providers.Providers;
import com.kapbenefit.portal.referral.Referrals;
import com.kapbenefit.portal.screening.Instrument;
import com.kapbenefit.portal.screening.Screenings;
import com.kapbenefit.portal.shared.CareState;
import com.kapbenefit.portal.sponsorship.CoveredService;
import com.kapbenefit.portal.sponsorship.EligibilityLists;
import com.kapbenefit.portal.sponsorship.ProgrammeRequest;
import com.kapbenefit.portal.sponsorship.Programmes;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Seeds the demo sign-ins listed in README.md on first start. Production refuses to start with
 * {@code kap.demo.enabled} set, and this bean is absent there in any case.
 */
@Singleton
@Requires(property = "kap.demo.enabled", value = "true")
@Requires(notEnv = "prod")
class DemoWorld {

    static final String PASSWORD = "KapDemo!2026";
    static final String DEMO_MEMBER_WORK_EMAIL = "jordan.rivera@sierrasoap.example";
    static final String SPANISH_SPEAKING_MEMBER_WORK_EMAIL = "ana.morales@sierrasoap.example";
    private static final Logger LOG = LoggerFactory.getLogger(DemoWorld.class);

    private final Accounts accounts;
    private final Employers employers;
    private final Providers providers;
    private final Programmes programmes;
    private final EligibilityLists eligibility;
    private final Enrolments enrolments;
    private final Consents consents;
    private final Screenings screenings;
    private final Referrals referrals;
    private final AvailabilityCalendar availability;
    private final Clock clock;

    DemoWorld(Accounts accounts, Employers employers, Providers providers, Programmes programmes,
              EligibilityLists eligibility, Enrolments enrolments, Consents consents, Screenings screenings,
              Referrals referrals, AvailabilityCalendar availability, Clock clock) {
        this.availability = availability;
        this.consents = consents;
        this.screenings = screenings;
        this.referrals = referrals;
        this.accounts = accounts;
        this.employers = employers;
        this.providers = providers;
        this.programmes = programmes;
        this.eligibility = eligibility;
        this.enrolments = enrolments;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (accounts.exists("admin@kap.example")) {
            return;
        }
        String operator = account("admin@kap.example", Role.PLATFORM_ADMIN, "Platform Operator", null);

        String sierraSoap = employers.onboard("Sierra Soap Works, Inc.", "Sierra Soap Works", "Dana Whitfield",
                "people@sierrasoap.example", "accounts@sierrasoap.example");
        String sierraHr = account("hr@sierrasoap.example", Role.HR_ADMIN, "Dana Whitfield", sierraSoap);
        String desertBloom = employers.onboard("Desert Bloom Bakery LLC", "Desert Bloom Bakery", "Luis Ortega",
                "hello@desertbloom.example", "billing@desertbloom.example");
        account("hr@desertbloom.example", Role.HR_ADMIN, "Luis Ortega", desertBloom);

        LocalDate today = LocalDate.now(clock);
        String benefit = programmes.create(sierraSoap, new ProgrammeRequest("Sierra Soap Works KAP benefit " + today.getYear(),
                today.withDayOfYear(1), today.withDayOfYear(1).plusYears(1).minusDays(1), 40,
                ProgrammeRequest.DEFAULT_PACKAGE_HOURS, ProgrammeRequest.DEFAULT_PRICE_PER_SEAT_USD,
                EnumSet.allOf(CoveredService.class), EnumSet.of(CareState.CA, CareState.NY), null), sierraHr);
        programmes.activate(sierraSoap, benefit, sierraHr);
        enrolDemoMember(sierraSoap, benefit, sierraHr);
        programmes.create(sierraSoap, new ProgrammeRequest("Coachella Valley pilot (draft)", today.plusMonths(1),
                today.plusMonths(13), 15, ProgrammeRequest.DEFAULT_PACKAGE_HOURS,
                ProgrammeRequest.DEFAULT_PRICE_PER_SEAT_USD, EnumSet.allOf(CoveredService.class),
                EnumSet.of(CareState.CA), null), sierraHr);

        LocalDate issued = today.minusYears(3);
        LocalDate expires = today.plusYears(2);
        provider("therapist.ca@kap.example", "Elena Ruiz, LMFT", ProviderKind.PSYCHOTHERAPIST, "LMFT",
                "America/Los_Angeles", List.of("en", "es"),
                List.of(new Licence(CareState.CA, "LMFT", "LMFT 118204", issued, expires, operator)));
        provider("therapist.ny@kap.example", "Marcus Bell, LCSW", ProviderKind.PSYCHOTHERAPIST, "LCSW",
                "America/New_York", List.of("en"),
                List.of(new Licence(CareState.NY, "LCSW", "NY-086512", issued, expires, operator),
                        new Licence(CareState.VT, "LICSW", "VT-089.0133", today.minusMonths(1), expires, null)));
        provider("therapist.ut@kap.example", "Sofía Navarro, PhD", ProviderKind.PSYCHOTHERAPIST, "PhD, Licensed Psychologist",
                "America/Denver", List.of("en", "es"),
                List.of(new Licence(CareState.UT, "Psychologist", "UT-5540123-2501", issued, expires, operator),
                        new Licence(CareState.VT, "Psychologist", "VT-048.0134", issued, expires, operator)));
        provider("prescriber@kap.example", "Dr. Priya Shah, MD", ProviderKind.PRESCRIBER, "MD, Psychiatry",
                "America/New_York", List.of("en"),
                List.of(new Licence(CareState.CA, "Physician and Surgeon", "A 154873", issued, expires, operator),
                        new Licence(CareState.NY, "Physician", "NY-298811", issued, expires, operator),
                        new Licence(CareState.UT, "Physician and Surgeon", "UT-10492837-1205", issued, expires, operator),
                        new Licence(CareState.VT, "Physician", "VT-042.0013477", issued, expires, operator)));
        provider("prescriber.es@kap.example", "Tomás Herrera, PMHNP", ProviderKind.PRESCRIBER, "PMHNP-BC",
                "America/Los_Angeles", List.of("en", "es"),
                List.of(new Licence(CareState.CA, "Nurse Practitioner", "NP 95512", issued, expires, operator)));
        enrolSpanishSpeakingMember(sierraSoap, benefit);
        LOG.info("Seeded the demo world: 2 employers, 10 demo sign-ins");
    }

    /** The demo member enrols the way an employee does: on the employer's list, with the programme's code. */
    private void enrolDemoMember(String employerId, String programmeId, String hrAdminId) {
        StringBuilder list = new StringBuilder("email\n").append(DEMO_MEMBER_WORK_EMAIL).append('\n');
        for (int i = 1; i <= 60; i++) {
            list.append("employee").append(i).append("@sierrasoap.example\n");
        }
        list.append(SPANISH_SPEAKING_MEMBER_WORK_EMAIL).append('\n');
        try {
            eligibility.replace(employerId, programmeId, new ByteArrayInputStream(list.toString().getBytes(StandardCharsets.UTF_8)), hrAdminId);
        } catch (Exception e) {
            throw new IllegalStateException("The demo eligibility list is invalid", e);
        }
        enrolments.enrol(new EnrolmentRequest(programmes.enrolmentCode(employerId, programmeId), DEMO_MEMBER_WORK_EMAIL, null,
                "Quiet Heron", "member@kap.example", PASSWORD, "Jordan Rivera", LocalDate.of(1988, 5, 12),
                "+1 760 555 0142", "1200 Palm Canyon Dr, Palm Springs, CA 92262", Location.CA), "demo-seed");
    }

    /**
     * A second member, in the Coachella Valley, who wants a Spanish-speaking therapist: consented and
     * screened, her case waits for a prescriber licensed in California.
     */
    private void enrolSpanishSpeakingMember(String employerId, String programmeId) {
        enrolments.enrol(new EnrolmentRequest(programmes.enrolmentCode(employerId, programmeId), SPANISH_SPEAKING_MEMBER_WORK_EMAIL,
                null, "Calm River", "member.es@kap.example", PASSWORD, "Ana Morales", LocalDate.of(1979, 9, 3),
                "+1 760 555 0187", "45-100 Oasis St, Indio, CA 92201", Location.CA), "demo-seed");
        String accountId = accounts.idOf("member.es@kap.example").orElseThrow();
        referrals.preferLanguage(accountId, "es", true);
        consents.acceptAllCurrent(accountId);
        screenings.answer(accountId, Instrument.PHQ9, List.of(2, 2, 1, 2, 1, 1, 1, 1, 0));
        screenings.answer(accountId, Instrument.GAD7, List.of(2, 2, 1, 1, 1, 1, 1));
        screenings.answer(accountId, Instrument.PCL5, List.of(2, 1, 1, 2, 1, 1, 1, 0, 1, 1, 2, 1, 1, 1, 0, 1, 1, 1, 1, 1));
        screenings.answer(accountId, Instrument.CONTRAINDICATIONS, List.of(0, 0, 0, 0, 0, 0, 0));
    }

    private String account(String email, Role role, String displayName, String employerId) {
        return accounts.open(new NewAccount(email, accounts.hashPassword(PASSWORD), role, displayName, employerId));
    }

    private void provider(String email, String displayName, ProviderKind kind, String credentials, String timeZone,
                          List<String> languages, List<Licence> licences) {
        String accountId = account(email, Role.PROVIDER, displayName, null);
        Set<Modality> modalities = timeZone.equals("America/Los_Angeles")
                ? EnumSet.of(Modality.TELEHEALTH, Modality.PALM_SPRINGS, Modality.COACHELLA_VALLEY) : EnumSet.of(Modality.TELEHEALTH);
        String providerId = providers.register(new ProviderRegistration(accountId, displayName, kind, credentials, timeZone, languages,
                modalities, 12, licences));
        if (kind == ProviderKind.PSYCHOTHERAPIST) {
            availability.openWeekdays(providerId, LocalTime.of(9, 0), LocalTime.of(17, 0));
        }
    }
}
