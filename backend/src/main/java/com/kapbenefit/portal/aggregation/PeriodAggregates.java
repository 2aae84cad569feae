package com.kapbenefit.portal.aggregation;

import com.kapbenefit.portal.clearance.MedicalClearance;
import com.kapbenefit.portal.enrolment.Enrolments;
import com.kapbenefit.portal.journey.CareMilestones;
import com.kapbenefit.portal.reporting.ReportSource;
import com.kapbenefit.portal.screening.Instrument;
import com.kapbenefit.portal.screening.ScoreHistory;
import com.kapbenefit.portal.screening.Screenings;
import com.kapbenefit.portal.screening.Timepoint;
import com.kapbenefit.portal.sponsorship.ProgrammeDirectory;
import com.kapbenefit.portal.sponsorship.ProgrammeFigures;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stages as they stood at the end of the period: withdrawn, completed (last integration held),
 * medicine (a medicine session held), preparation (cleared), awaiting clearance (baseline done),
 * otherwise screening. Outcomes compare each member's baseline with their 3- and 6-month answers.
 * Every period of a programme is counted from one read of its members' scores and milestones.
 */
@Singleton
class PeriodAggregates implements ReportSource {

    private static final List<Instrument> OUTCOMES = List.of(Instrument.PHQ9, Instrument.GAD7, Instrument.PCL5);
    private static final List<Timepoint> FOLLOW_UPS = List.of(Timepoint.MONTH_3, Timepoint.MONTH_6);
    private static final int REMISSION_BELOW = 5;
    private static final int MEANINGFUL_PCL5_DROP = 10;
    /** Bounds the IN lists sent to the database, whatever the employer's size. */
    private static final int MEMBERS_PER_READ = 1000;

    private final ProgrammeDirectory programmes;
    private final Enrolments enrolments;
    private final Screenings screenings;
    private final MedicalClearance clearance;
    private final CareMilestones milestones;

    PeriodAggregates(ProgrammeDirectory programmes, Enrolments enrolments, Screenings screenings, MedicalClearance clearance,
                     CareMilestones milestones) {
        this.programmes = programmes;
        this.enrolments = enrolments;
        this.screenings = screenings;
        this.clearance = clearance;
        this.milestones = milestones;
    }

    @Override
    public List<Optional<RawReport>> aggregate(String programmeId, List<Instant> untils) {
        List<Tally> tallies = untils.stream().map(Tally::new).toList();
        Instant latest = untils.stream().max(Instant::compareTo).orElse(Instant.MIN);
        List<Enrolments.EnrolledMember> members = enrolments.membersOf(programmeId).stream()
                .filter(member -> member.enrolledAt().isBefore(latest)).toList();
        for (int from = 0; from < members.size(); from += MEMBERS_PER_READ) {
            List<Enrolments.EnrolledMember> batch = members.subList(from, Math.min(members.size(), from + MEMBERS_PER_READ));
            MemberFacts facts = factsOf(batch.stream().map(Enrolments.EnrolledMember::accountId).toList());
            for (Enrolments.EnrolledMember member : batch) {
                tallies.forEach(tally -> tally.count(member, facts));
            }
        }
        return tallies.stream().map(tally -> programmes.figures(programmeId, tally.until).map(tally::report)).toList();
    }

    /** What the stages and outcomes of a batch of members are computed from, read once for the batch. */
    private record MemberFacts(Map<String, ScoreHistory> histories, Map<String, Instant> treatmentCompleted,
                               Map<String, Instant> firstMedicineHeld, Map<String, Instant> cleared) {
    }

    private MemberFacts factsOf(List<String> accountIds) {
        return new MemberFacts(screenings.scoreHistories(accountIds), milestones.treatmentCompletedAt(accountIds),
                milestones.firstMedicineHeldAt(accountIds), clearance.clearedAt(accountIds));
    }

    /** The counts and sums of one period, as members are added to it. */
    private static final class Tally {
        private final Instant until;
        private final Map<Stage, Long> stages = new EnumMap<>(Stage.class);
        private final long[][] baseline = new long[OUTCOMES.size()][2];
        private final long[][][] outcome = new long[OUTCOMES.size()][FOLLOW_UPS.size()][6];

        Tally(Instant until) {
            this.until = until;
        }

        void count(Enrolments.EnrolledMember member, MemberFacts facts) {
            if (!member.enrolledAt().isBefore(until)) {
                return;
            }
            ScoreHistory history = facts.histories().get(member.accountId());
            stages.merge(stageOf(member, history, facts), 1L, Long::sum);
            for (int i = 0; i < OUTCOMES.size(); i++) {
                Instrument instrument = OUTCOMES.get(i);
                Optional<Integer> before = history.scoreBefore(instrument, Timepoint.BASELINE, until);
                if (before.isEmpty()) {
                    continue;
                }
                baseline[i][0]++;
                baseline[i][1] += before.get();
                for (int j = 0; j < FOLLOW_UPS.size(); j++) {
                    Optional<Integer> after = history.scoreBefore(instrument, FOLLOW_UPS.get(j), until);
                    if (after.isPresent()) {
                        long[] sums = outcome[i][j];
                        sums[0]++;
                        sums[1] += before.get();
                        sums[2] += after.get();
                        sums[3] += after.get() * 2 <= before.get() && before.get() > 0 ? 1 : 0;
                        sums[4] += after.get() < REMISSION_BELOW ? 1 : 0;
                        sums[5] += before.get() - after.get() >= MEANINGFUL_PCL5_DROP ? 1 : 0;
                    }
                }
            }
        }

        RawReport report(ProgrammeFigures figures) {
            List<BaselineAggregate> baselines = new ArrayList<>();
            List<OutcomeAggregate> outcomes = new ArrayList<>();
            for (int i = 0; i < OUTCOMES.size(); i++) {
                baselines.add(new BaselineAggregate(OUTCOMES.get(i).name(), baseline[i][0], baseline[i][1]));
                for (int j = 0; j < FOLLOW_UPS.size(); j++) {
                    long[] sums = outcome[i][j];
                    outcomes.add(new OutcomeAggregate(OUTCOMES.get(i).name(), FOLLOW_UPS.get(j).name(), sums[0], sums[1], sums[2],
                            sums[3], sums[4], sums[5]));
                }
            }
            return new RawReport(figures.employerId(), figures.name(), figures.eligible(), stages, figures.seatsPurchased(),
                    figures.seatsHeld(), figures.hoursUsed(), figures.seatsWithHours(), figures.spendUsd(), figures.packageHours(),
                    baselines, outcomes);
        }

        private Stage stageOf(Enrolments.EnrolledMember member, ScoreHistory history, MemberFacts facts) {
            if (member.withdrawnAt() != null && member.withdrawnAt().isBefore(until)) {
                return Stage.WITHDRAWN;
            }
            if (before(facts.treatmentCompleted().get(member.accountId()))) {
                return Stage.COMPLETED;
            }
            if (before(facts.firstMedicineHeld().get(member.accountId()))) {
                return Stage.MEDICINE;
            }
            if (before(facts.cleared().get(member.accountId()))) {
                return Stage.PREPARATION;
            }
            if (history.baselineCompletedAt() != null && history.baselineCompletedAt().isBefore(until)) {
                return Stage.AWAITING_CLEARANCE;
            }
            return Stage.SCREENING;
        }

        private boolean before(Instant at) {
            return at != null && at.isBefore(until);
        }
    }
}
