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
 */
@Singleton
class PeriodAggregates implements ReportSource {

    private static final List<Instrument> OUTCOMES = List.of(Instrument.PHQ9, Instrument.GAD7, Instrument.PCL5);
    private static final List<Timepoint> FOLLOW_UPS = List.of(Timepoint.MONTH_3, Timepoint.MONTH_6);
    private static final int REMISSION_BELOW = 5;
    private static final int MEANINGFUL_PCL5_DROP = 10;

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
    public Optional<RawReport> aggregate(String programmeId, Instant until) {
        Optional<ProgrammeFigures> found = programmes.figures(programmeId, until);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ProgrammeFigures figures = found.get();
        Map<Stage, Long> stages = new EnumMap<>(Stage.class);
        long[][] baseline = new long[OUTCOMES.size()][2];
        long[][][] outcome = new long[OUTCOMES.size()][FOLLOW_UPS.size()][6];
        for (Enrolments.EnrolledMember member : enrolments.membersOf(programmeId)) {
            if (!member.enrolledAt().isBefore(until)) {
                continue;
            }
            ScoreHistory history = screenings.scoreHistory(member.accountId());
            stages.merge(stageOf(member, history, until), 1L, Long::sum);
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
        return Optional.of(new RawReport(figures.employerId(), figures.name(), figures.eligible(), stages, figures.seatsPurchased(),
                figures.seatsHeld(), figures.hoursUsed(), figures.seatsWithHours(), figures.spendUsd(), figures.packageHours(),
                baselines, outcomes));
    }

    private Stage stageOf(Enrolments.EnrolledMember member, ScoreHistory history, Instant until) {
        if (member.withdrawnAt() != null && member.withdrawnAt().isBefore(until)) {
            return Stage.WITHDRAWN;
        }
        if (milestones.treatmentCompletedAt(member.accountId()).filter(at -> at.isBefore(until)).isPresent()) {
            return Stage.COMPLETED;
        }
        if (milestones.firstMedicineHeldAt(member.accountId()).filter(at -> at.isBefore(until)).isPresent()) {
            return Stage.MEDICINE;
        }
        if (clearance.clearedAt(member.accountId()).filter(at -> at.isBefore(until)).isPresent()) {
            return Stage.PREPARATION;
        }
        if (history.baselineCompletedAt() != null && history.baselineCompletedAt().isBefore(until)) {
            return Stage.AWAITING_CLEARANCE;
        }
        return Stage.SCREENING;
    }
}
