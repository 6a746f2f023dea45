package io.winback.report;

import io.winback.domain.AbcClass;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the segments job found on its day, kept as one item so the report is one read: customers and revenue per cell
 * of the 5 × 5 recency × frequency grid and per ABC class (the scored customers: bought and not lost), the cut points
 * behind the scores, the census of every customer by standing, and what the run read and wrote.
 */
public record SegmentsSummary(LocalDate asOf, Instant computedAt, List<Cell> grid, List<ClassTotal> abc,
                              Census census, Cuts cuts, Run run) {

    public SegmentsSummary {
        grid = List.copyOf(grid);
        abc = List.copyOf(abc);
    }

    /** Customers with recency score {@code recency} and frequency score {@code frequency}, and their net spent. */
    public record Cell(int recency, int frequency, long customers, BigDecimal revenue) {
    }

    public record ClassTotal(AbcClass abc, long customers, BigDecimal revenue) {
    }

    /**
     * Every customer on the day: active, sleeping, lost, never bought (see {@code io.winback.domain.Standing}); and
     * the customers who bought, by segment label (1, 2-3, 4+, VIP, as the chains' segments).
     */
    public record Census(long active, long sleeping, long lost, long neverBought, Map<String, Long> bySegment) {
        public Census {
            // In the segments' order (1, 2-3, 4+, VIP), as the reports list them.
            bySegment = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(bySegment));
        }

        public Census(long active, long sleeping, long lost, long neverBought) {
            this(active, sleeping, lost, neverBought, Map.of());
        }

        public long total() {
            return active + sleeping + lost + neverBought;
        }
    }

    /**
     * The lowest value that earns each score from 2 to 5 (a score no customer reaches is absent): recency in days
     * since the last visit (at most), frequency in purchases and monetary in whole roubles of net spent (at least);
     * and the least net spent, in roubles, of class A and of class B (absent when nobody is in it).
     */
    public record Cuts(Map<Integer, Long> recencyDaysAtMost, Map<Integer, Long> frequencyFrom,
                       Map<Integer, Long> monetaryFrom, Long abcAFrom, Long abcBFrom) {
        public Cuts {
            recencyDaysAtMost = Map.copyOf(recencyDaysAtMost);
            frequencyFrom = Map.copyOf(frequencyFrom);
            monetaryFrom = Map.copyOf(monetaryFrom);
        }
    }

    /**
     * The run: customers read (each is read once per scan, twice in all), the read units of both scans, scores written
     * (only where they changed), and
     * customers skipped because they changed between the read and the write (the next run scores them).
     */
    public record Run(long customersRead, double readUnits, long scoresWritten, long skippedChanged) {
        public double readUnitsPerCustomer() {
            return customersRead == 0 ? 0 : readUnits / customersRead;
        }
    }

    public long scoredCustomers() {
        return grid.stream().mapToLong(Cell::customers).sum();
    }

    public BigDecimal scoredRevenue() {
        return grid.stream().map(Cell::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
