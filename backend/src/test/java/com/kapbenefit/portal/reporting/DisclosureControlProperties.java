package com.kapbenefit.portal.reporting;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The disclosure rules, on random populations. */
class DisclosureControlProperties {

    private static final List<String> PERSON_COUNTS = List.of("ENROLLED", "STAGE_SCREENING", "STAGE_AWAITING_CLEARANCE",
            "STAGE_PREPARATION", "STAGE_MEDICINE", "STAGE_COMPLETED", "STAGE_WITHDRAWN", "SEATS_USED");

    private final DisclosureControl control = new DisclosureControl(new DiscreteLaplace(new SecureRandom()));

    @Property(tries = 2000)
    void everyPublishedCountOfPeopleIsZeroOrAtLeastElevenOrSuppressed(@ForAll("populations") ReportSource.RawReport raw) {
        Map<String, PublishedCell> cells = control.publish(raw);
        for (String metric : PERSON_COUNTS) {
            PublishedCell cell = cells.get(metric);
            if (cell.published()) {
                long value = cell.value().longValueExact();
                assertTrue(value == 0 || value >= 11, metric + " = " + value);
            }
        }
        raw.stages().forEach((stage, truth) -> {
            if (truth >= 1 && truth <= 10) {
                assertFalse(cells.get(Metrics.stage(stage)).published(), "a true count of " + truth + " is never shown");
            }
        });
        raw.outcomes().forEach(outcome -> {
            if (outcome.members() < 11) {
                cells.entrySet().stream().filter(entry -> entry.getKey().startsWith(outcome.instrument() + "_" + outcome.timepoint()))
                        .forEach(entry -> assertEquals(PublishedCell.Status.NOT_ENOUGH_RESPONSES, entry.getValue().status()));
            }
        });
    }

    /**
     * The report's exact identities are ENROLLED = sum of the stages and SEATS_REMAINING = SEATS_PURCHASED - SEATS_USED.
     * A suppressed cell is derivable when its unit vector lies in the row space of those equations restricted to the
     * suppressed cells. Reports of different periods carry independent noise, so no identity links two reports and the
     * system of two consecutive reports is the union of the two systems: checking each report checks both.
     */
    @Property(tries = 2000)
    void noSuppressedCellFollowsFromPublishedCells(@ForAll("populations") ReportSource.RawReport raw,
                                                   @ForAll("populations") ReportSource.RawReport nextPeriod) {
        for (ReportSource.RawReport report : List.of(raw, nextPeriod)) {
            Map<String, PublishedCell> cells = control.publish(report);
            List<String> unknowns = cells.entrySet().stream().filter(entry -> !entry.getValue().published()).map(Map.Entry::getKey)
                    .filter(metric -> PERSON_COUNTS.contains(metric) || metric.equals("SEATS_REMAINING")).toList();
            List<double[]> equations = new ArrayList<>();
            double[] enrolled = new double[unknowns.size()];
            for (String metric : PERSON_COUNTS.subList(0, 7)) {
                int index = unknowns.indexOf(metric);
                if (index >= 0) {
                    enrolled[index] = metric.equals("ENROLLED") ? 1 : -1;
                }
            }
            equations.add(enrolled);
            double[] seats = new double[unknowns.size()];
            for (String metric : List.of("SEATS_USED", "SEATS_REMAINING")) {
                int index = unknowns.indexOf(metric);
                if (index >= 0) {
                    seats[index] = 1;
                }
            }
            equations.add(seats);
            for (int k = 0; k < unknowns.size(); k++) {
                assertFalse(inRowSpace(equations, k, unknowns.size()), unknowns.get(k) + " is derivable in " + cells);
            }
        }
    }

    /** Neighbouring populations (one more member in one stage): each published outcome's probability within e^ε of the other's. */
    @Property(tries = 5)
    void theNoiseOnAStageCountKeepsNeighbouringPopulationsWithinItsBudget(@ForAll("stageSizes") int truth) {
        DiscreteLaplace noise = new DiscreteLaplace(new SplittableRandom(truth));
        int samples = 200_000;
        Map<Long, Integer> without = new java.util.HashMap<>();
        Map<Long, Integer> with = new java.util.HashMap<>();
        for (int i = 0; i < samples; i++) {
            without.merge(truth + noise.sample(1, 2), 1, Integer::sum);
            with.merge(truth + 1 + noise.sample(1, 2), 1, Integer::sum);
        }
        double bound = Math.exp(0.5);
        for (long output = truth - 4; output <= truth + 5; output++) {
            double p = without.getOrDefault(output, 0) / (double) samples;
            double q = with.getOrDefault(output, 0) / (double) samples;
            assertTrue(p / q < bound * 1.1 && q / p < bound * 1.1, "output " + output + ": " + p + " vs " + q);
        }
    }

    @Provide
    Arbitrary<Integer> stageSizes() {
        return Arbitraries.integers().between(0, 60);
    }

    @Provide
    Arbitrary<ReportSource.RawReport> populations() {
        Arbitrary<Integer> small = Arbitraries.oneOf(Arbitraries.integers().between(0, 14), Arbitraries.integers().between(0, 200));
        return Combinators.combine(small.list().ofSize(6), Arbitraries.integers().between(0, 300), small, small, small)
                .as((stageSizes, extraSeats, withHours, phqMembers, responders) -> {
                    Map<ReportSource.Stage, Long> stages = new EnumMap<>(ReportSource.Stage.class);
                    long enrolled = 0;
                    for (int i = 0; i < 6; i++) {
                        stages.put(ReportSource.Stage.values()[i], (long) stageSizes.get(i));
                        enrolled += stageSizes.get(i);
                    }
                    long held = enrolled - stages.get(ReportSource.Stage.WITHDRAWN);
                    int answered = Math.min(phqMembers, (int) enrolled);
                    return new ReportSource.RawReport("employer", "Programme", enrolled + 40, stages, held + extraSeats, held,
                            BigDecimal.valueOf(withHours * 3L), Math.min(withHours, held), BigDecimal.valueOf(100), 18,
                            List.of(new ReportSource.BaselineAggregate("PHQ9", enrolled, enrolled * 14)),
                            List.of(new ReportSource.OutcomeAggregate("PHQ9", "MONTH_3", answered, answered * 15L, answered * 7L,
                                    Math.min(responders, answered), Math.min(responders, answered) / 2, 0)));
                });
    }

    private static boolean inRowSpace(List<double[]> rows, int unknown, int width) {
        List<double[]> matrix = new ArrayList<>();
        rows.forEach(row -> matrix.add(row.clone()));
        int rank = rank(matrix, width);
        double[] unit = new double[width];
        unit[unknown] = 1;
        List<double[]> extended = new ArrayList<>();
        rows.forEach(row -> extended.add(row.clone()));
        extended.add(unit);
        return rank(extended, width) == rank;
    }

    private static int rank(List<double[]> matrix, int width) {
        int rank = 0;
        for (int column = 0; column < width && rank < matrix.size(); column++) {
            int pivot = -1;
            for (int row = rank; row < matrix.size(); row++) {
                if (Math.abs(matrix.get(row)[column]) > 1e-9) {
                    pivot = row;
                    break;
                }
            }
            if (pivot < 0) {
                continue;
            }
            double[] swap = matrix.get(rank);
            matrix.set(rank, matrix.get(pivot));
            matrix.set(pivot, swap);
            for (int row = 0; row < matrix.size(); row++) {
                if (row != rank) {
                    double factor = matrix.get(row)[column] / matrix.get(rank)[column];
                    for (int c = 0; c < width; c++) {
                        matrix.get(row)[c] -= factor * matrix.get(rank)[c];
                    }
                }
            }
            rank++;
        }
        return rank;
    }
}
