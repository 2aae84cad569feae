package com.kapbenefit.portal.reporting;

import com.kapbenefit.portal.shared.Cell;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place where raw aggregates become publishable, before anything is stored or leaves the server.
 *
 * <p>Counts that depend on who took part (members per stage, seats used, package hours used) get
 * discrete Laplace noise: ε = 1/2 each for the stage counts (one member is in exactly one stage),
 * seats used and hours used (sensitivity: the package's hours), so one report spends
 * {@link #EPSILON} = 3/2. Enrolled is the sum of the noisy stage counts and seats remaining is
 * seats purchased less noisy seats used, so neither spends more. Then the small-cell rule: a count
 * whose true or noisy value is 1 to 10 is suppressed, zero or less is shown as 0; and complementary
 * suppression keeps every suppressed stage count from being recovered from enrolled and the other
 * stages: when any stage is suppressed, at least two are, together holding 11 or more, or enrolled
 * is suppressed too.
 *
 * <p>Outcome statistics (means and rates) are shown only when computed over 11 or more members and
 * when neither the members counted by a rate nor the rest are 1 to 10; they are not noised and the
 * number of respondents is not published.
 */
final class DisclosureControl {

    static final int MINIMUM = Cell.MINIMUM_CELL_SIZE;
    static final double EPSILON = 1.5;

    private final DiscreteLaplace noise;

    DisclosureControl(DiscreteLaplace noise) {
        this.noise = noise;
    }

    Map<String, PublishedCell> publish(ReportSource.RawReport raw) {
        Map<String, PublishedCell> cells = new LinkedHashMap<>();
        cells.put(Metrics.ELIGIBLE, PublishedCell.of(raw.eligible()));
        cells.put(Metrics.SEATS_PURCHASED, PublishedCell.of(raw.seatsPurchased()));
        cells.put(Metrics.SPEND_USD, PublishedCell.of(raw.spendUsd()));
        publishStages(raw, cells);
        publishSeats(raw, cells);
        publishHours(raw, cells);
        for (ReportSource.BaselineAggregate baseline : raw.baselines()) {
            cells.put(baseline.instrument() + "_BASELINE_MEAN", mean(baseline.sum(), baseline.members()));
        }
        for (ReportSource.OutcomeAggregate outcome : raw.outcomes()) {
            String prefix = outcome.instrument() + "_" + outcome.timepoint() + "_";
            cells.put(prefix + "BASELINE_MEAN", mean(outcome.baselineSum(), outcome.members()));
            cells.put(prefix + "FOLLOW_UP_MEAN", mean(outcome.followUpSum(), outcome.members()));
            cells.put(prefix + "RESPONSE_RATE", rate(outcome.responders(), outcome.members()));
            if (outcome.instrument().equals("PCL5")) {
                cells.put(prefix + "MEANINGFUL_CHANGE_RATE", rate(outcome.meaningfulChange(), outcome.members()));
            } else {
                cells.put(prefix + "REMISSION_RATE", rate(outcome.remitters(), outcome.members()));
            }
        }
        return cells;
    }

    private void publishStages(ReportSource.RawReport raw, Map<String, PublishedCell> cells) {
        record Stage(String metric, long shown, boolean suppressed) {
        }
        List<Stage> stages = new ArrayList<>();
        for (ReportSource.Stage stage : ReportSource.Stage.values()) {
            long truth = raw.stages().getOrDefault(stage, 0L);
            long shown = Math.max(0, truth + noise.sample(1, 2));
            stages.add(new Stage(Metrics.stage(stage), shown, small(truth) || small(shown)));
        }
        long enrolled = stages.stream().mapToLong(Stage::shown).sum();
        List<Stage> withheld = new ArrayList<>(stages.stream().filter(Stage::suppressed).toList());
        List<Stage> complements = new ArrayList<>(stages.stream().filter(stage -> !stage.suppressed())
                .sorted(Comparator.comparingLong(Stage::shown)).toList());
        while (!withheld.isEmpty() && (withheld.size() < 2 || withheld.stream().mapToLong(Stage::shown).sum() < MINIMUM)
                && !complements.isEmpty()) {
            withheld.add(complements.remove(0));
        }
        boolean enrolledWithheld = small(enrolled)
                || (!withheld.isEmpty() && (withheld.size() < 2 || withheld.stream().mapToLong(Stage::shown).sum() < MINIMUM));
        cells.put(Metrics.ENROLLED, enrolledWithheld ? PublishedCell.suppressed() : PublishedCell.of(enrolled));
        for (Stage stage : stages) {
            cells.put(stage.metric(), withheld.contains(stage) ? PublishedCell.suppressed() : PublishedCell.of(stage.shown()));
        }
    }

    /** Remaining is purchased less used, so whenever either is withheld both are. */
    private void publishSeats(ReportSource.RawReport raw, Map<String, PublishedCell> cells) {
        long used = Math.max(0, raw.seatsUsed() + noise.sample(1, 2));
        long remaining = Math.max(0, raw.seatsPurchased() - used);
        boolean withheld = small(raw.seatsUsed()) || small(used) || small(remaining);
        cells.put(Metrics.SEATS_USED, withheld ? PublishedCell.suppressed() : PublishedCell.of(used));
        cells.put(Metrics.SEATS_REMAINING, withheld ? PublishedCell.suppressed() : PublishedCell.of(remaining));
    }

    /** Counted in half hours (sessions last 1 or 2.5 hours); one member can add at most their package. */
    private void publishHours(ReportSource.RawReport raw, Map<String, PublishedCell> cells) {
        long halfHours = raw.hoursUsed().multiply(BigDecimal.valueOf(2)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        long sensitivity = 2L * Math.max(1, raw.packageHours());
        long shown = Math.max(0, halfHours + noise.sample(1, 2 * sensitivity));
        boolean withheld = raw.membersWithHours() > 0 && raw.membersWithHours() < MINIMUM;
        cells.put(Metrics.HOURS_USED, withheld ? PublishedCell.suppressed()
                : PublishedCell.of(BigDecimal.valueOf(shown).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY)));
    }

    private static PublishedCell mean(long sum, long members) {
        if (members < MINIMUM) {
            return PublishedCell.notEnoughResponses();
        }
        return PublishedCell.of(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(members), 1, RoundingMode.HALF_UP));
    }

    private static PublishedCell rate(long counted, long members) {
        if (members < MINIMUM || small(counted) || small(members - counted)) {
            return PublishedCell.notEnoughResponses();
        }
        return PublishedCell.of(BigDecimal.valueOf(100 * counted).divide(BigDecimal.valueOf(members), 0, RoundingMode.HALF_UP));
    }

    private static boolean small(long count) {
        return Cell.isSmall(count);
    }
}
