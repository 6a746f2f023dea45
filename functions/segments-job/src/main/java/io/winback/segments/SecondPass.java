package io.winback.segments;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.domain.AbcClass;
import io.winback.json.Json;
import io.winback.domain.RfmScores;
import io.winback.domain.ScoreStore;
import io.winback.domain.Standing;
import io.winback.report.SegmentsSummary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The second scan: scores each customer by the first scan's rule, writes the scores only where they differ from
 * what the card holds, and adds everyone up for the summary (the grid and ABC from the scores just computed, so they
 * describe the same customers and net spent). Called from every scan thread at once.
 */
final class SecondPass {
    private final Scoring scoring;
    private final ScoreStore store;
    private final long[][] cellCustomers = new long[5][5];
    private final BigDecimal[][] cellRevenue = new BigDecimal[5][5];
    private final Map<AbcClass, Long> classCustomers = new EnumMap<>(AbcClass.class);
    private final Map<AbcClass, BigDecimal> classRevenue = new EnumMap<>(AbcClass.class);
    private final Map<Standing, AtomicLong> census = new EnumMap<>(Standing.class);
    /** Filled from several scan threads at once. */
    private final Map<String, AtomicLong> bySegment = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();

    SecondPass(Scoring scoring, ScoreStore store) {
        this.scoring = scoring;
        this.store = store;
        for (BigDecimal[] row : cellRevenue) {
            Arrays.fill(row, BigDecimal.ZERO);
        }
        for (AbcClass abc : AbcClass.values()) {
            classCustomers.put(abc, 0L);
            classRevenue.put(abc, BigDecimal.ZERO);
        }
        for (Standing standing : Standing.values()) {
            census.put(standing, new AtomicLong());
        }
    }

    void add(ScoreStore.Figures customer) {
        census.get(scoring.standingOf(customer)).incrementAndGet();
        String band = scoring.bandOf(customer);
        if (band != null) {
            bySegment.computeIfAbsent(band, label -> new AtomicLong()).incrementAndGet();
        }
        RfmScores scores = scoring.scoresOf(customer);
        if (scores != null) {
            // Revenue as the ABC rule counts it: a customer who got back more than they paid brought nothing, not
            // less than nothing, so class and cell shares add up against the same total as the 80/15/5 cut.
            BigDecimal spent = customer.netSpent() == null ? BigDecimal.ZERO : customer.netSpent().max(BigDecimal.ZERO);
            tally(scores, spent);
        }
        if (!Objects.equals(scores, customer.scores())) {
            boolean saved = store.saveScoresIfUnchanged(customer.key(), customer.version(), scores);
            (saved ? written : skipped).incrementAndGet();
        }
    }

    /** This slice's tallies as its partial. */
    synchronized String partial() {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> cells = new ArrayList<>();
        List<Object> revenues = new ArrayList<>();
        for (int r = 0; r < 5; r++) {
            for (int f = 0; f < 5; f++) {
                cells.add(cellCustomers[r][f]);
                revenues.add(cellRevenue[r][f].toPlainString());
            }
        }
        out.put("cells", cells);
        out.put("cellRevenue", revenues);
        Map<String, Object> classes = new LinkedHashMap<>();
        Map<String, Object> classRevenues = new LinkedHashMap<>();
        classCustomers.forEach((abc, n) -> classes.put(abc.name(), n));
        classRevenue.forEach((abc, sum) -> classRevenues.put(abc.name(), sum.toPlainString()));
        out.put("classes", classes);
        out.put("classRevenue", classRevenues);
        Map<String, Object> standings = new LinkedHashMap<>();
        census.forEach((standing, n) -> standings.put(standing.name(), n.get()));
        out.put("census", standings);
        Map<String, Object> segments = new LinkedHashMap<>();
        bySegment.forEach((label, n) -> segments.put(label, n.get()));
        out.put("bySegment", segments);
        out.put("written", written.get());
        out.put("skipped", skipped.get());
        return Json.write(out);
    }

    /** Adds a slice's partial to these tallies: the merge of a fanned-out second pass. */
    synchronized void absorb(String partial) {
        JsonNode node = Json.readOwn(partial);
        for (int i = 0; i < 25; i++) {
            cellCustomers[i / 5][i % 5] += node.path("cells").get(i).asLong();
            cellRevenue[i / 5][i % 5] = cellRevenue[i / 5][i % 5]
                    .add(new BigDecimal(node.path("cellRevenue").get(i).asText()));
        }
        for (AbcClass abc : AbcClass.values()) {
            classCustomers.merge(abc, node.path("classes").path(abc.name()).asLong(), Long::sum);
            classRevenue.merge(abc, new BigDecimal(node.path("classRevenue").path(abc.name()).asText("0")),
                    BigDecimal::add);
        }
        for (Standing standing : Standing.values()) {
            census.get(standing).addAndGet(node.path("census").path(standing.name()).asLong());
        }
        node.path("bySegment").fields().forEachRemaining(e -> bySegment
                .computeIfAbsent(e.getKey(), label -> new AtomicLong()).addAndGet(e.getValue().asLong()));
        written.addAndGet(node.path("written").asLong());
        skipped.addAndGet(node.path("skipped").asLong());
    }

    private synchronized void tally(RfmScores scores, BigDecimal spent) {
        int r = scores.recency() - 1;
        int f = scores.frequency() - 1;
        cellCustomers[r][f]++;
        cellRevenue[r][f] = cellRevenue[r][f].add(spent);
        classCustomers.merge(scores.abc(), 1L, Long::sum);
        classRevenue.merge(scores.abc(), spent, BigDecimal::add);
    }

    synchronized SegmentsSummary summary(Instant computedAt, double readUnits) {
        List<SegmentsSummary.Cell> grid = new ArrayList<>();
        for (int r = 5; r >= 1; r--) {
            for (int f = 1; f <= 5; f++) {
                grid.add(new SegmentsSummary.Cell(r, f, cellCustomers[r - 1][f - 1], cellRevenue[r - 1][f - 1]));
            }
        }
        List<SegmentsSummary.ClassTotal> abc = new ArrayList<>();
        for (AbcClass c : AbcClass.values()) {
            abc.add(new SegmentsSummary.ClassTotal(c, classCustomers.get(c), classRevenue.get(c)));
        }
        Map<String, Long> segments = new TreeMap<>();
        bySegment.forEach((label, count) -> segments.put(label, count.get()));
        var counts = new SegmentsSummary.Census(census.get(Standing.ACTIVE).get(), census.get(Standing.SLEEPING).get(),
                census.get(Standing.LOST).get(), census.get(Standing.NEVER_BOUGHT).get(), segments);
        Map<Integer, Long> recencyDays = new TreeMap<>();
        scoring.recency().cutPoints().forEach((score, value) -> recencyDays.put(score, -value));
        var cuts = new SegmentsSummary.Cuts(recencyDays, scoring.frequency().cutPoints(),
                scoring.monetary().cutPoints(), scoring.abc().aFrom(), scoring.abc().bFrom());
        return new SegmentsSummary(scoring.day(), computedAt, grid, abc, counts, cuts,
                new SegmentsSummary.Run(counts.total(), readUnits, written.get(), skipped.get()));
    }
}
