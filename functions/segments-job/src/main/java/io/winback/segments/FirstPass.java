package io.winback.segments;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.domain.ScoreStore;
import io.winback.json.Json;
import io.winback.domain.Standing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The first scan: histograms of the scored customers' recency (days), frequency (purchases) and net spent (buckets,
 * with their revenue). Their size follows the distinct values, which the buckets bound, never the customers.
 * Called from every scan thread at once.
 */
final class FirstPass {
    private final LocalDate day;
    private final Standing.Policy standing;
    private final TreeMap<Long, Long> recency = new TreeMap<>();
    private final TreeMap<Long, Long> frequency = new TreeMap<>();
    private final TreeMap<Long, Long> monetary = new TreeMap<>();
    private final TreeMap<Long, BigDecimal> revenue = new TreeMap<>();

    FirstPass(LocalDate day, Standing.Policy standing) {
        this.day = day;
        this.standing = standing;
    }

    void add(ScoreStore.Figures customer) {
        if (!standing.on(day, customer.purchases(), customer.vip(), customer.lastVisitDay()).isScored()) {
            return;
        }
        long money = MoneyBuckets.keyOf(customer.netSpent());
        BigDecimal spent = customer.netSpent() == null ? BigDecimal.ZERO : customer.netSpent();
        synchronized (this) {
            recency.merge(Scoring.recencyValue(day, customer.lastVisitDay()), 1L, Long::sum);
            frequency.merge((long) customer.purchases(), 1L, Long::sum);
            monetary.merge(money, 1L, Long::sum);
            revenue.merge(money, spent, BigDecimal::add);
        }
    }

    /** This pass's histograms as a slice's partial. */
    synchronized String partial() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("recency", PartialJson.histogram(recency));
        out.put("frequency", PartialJson.histogram(frequency));
        out.put("monetary", PartialJson.histogram(monetary));
        out.put("revenue", PartialJson.histogram(revenue));
        return Json.write(out);
    }

    /** Adds a slice's partial to these histograms: the merge of a fanned-out first pass. */
    synchronized void absorb(String partial) {
        JsonNode node = Json.readOwn(partial);
        PartialJson.eachLong(node.path("recency"), (value, count) -> recency.merge(value, count, Long::sum));
        PartialJson.eachLong(node.path("frequency"), (value, count) -> frequency.merge(value, count, Long::sum));
        PartialJson.eachLong(node.path("monetary"), (value, count) -> monetary.merge(value, count, Long::sum));
        PartialJson.eachDecimal(node.path("revenue"), (value, sum) -> revenue.merge(value, sum, BigDecimal::add));
    }

    synchronized Scoring scoring() {
        return new Scoring(day, standing, quintiles(recency), quintiles(frequency), quintiles(monetary),
                AbcThresholds.of(revenue));
    }

    private static Quintiles quintiles(TreeMap<Long, Long> histogram) {
        return histogram.isEmpty() ? Quintiles.NOBODY : Quintiles.of(histogram);
    }
}
