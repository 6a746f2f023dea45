package io.winback.segments;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.domain.RfmScores;
import io.winback.json.Json;
import io.winback.domain.ScoreStore;
import io.winback.domain.Standing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.temporal.ChronoUnit;

/**
 * A run's scoring rule, fixed after its first scan: recency ranks days since the last visit (fewer scores higher),
 * frequency ranks purchases, monetary ranks net spent at {@link MoneyBuckets}' resolution, each in fifths of the
 * scored customers ({@link Quintiles}); the ABC class comes from {@link AbcThresholds}. Customers who never bought
 * or are lost get no scores.
 */
record Scoring(LocalDate day, Standing.Policy standing, Quintiles recency, Quintiles frequency, Quintiles monetary,
               AbcThresholds abc) {

    Standing standingOf(ScoreStore.Figures customer) {
        return standing.on(day, customer.purchases(), customer.vip(), customer.lastVisitDay());
    }

    /** The chains' segment label (1, 2-3, 4+, VIP) of a customer who bought; null for one who never did. */
    String bandOf(ScoreStore.Figures customer) {
        return customer.purchases() == 0 ? null
                : standing.bands().bandOf(customer.purchases(), customer.vip()).label();
    }

    /** Null for a customer who is not scored. */
    RfmScores scoresOf(ScoreStore.Figures customer) {
        if (!standingOf(customer).isScored()) {
            return null;
        }
        long money = MoneyBuckets.keyOf(customer.netSpent());
        return new RfmScores(recency.scoreOf(recencyValue(day, customer.lastVisitDay())),
                frequency.scoreOf(customer.purchases()), monetary.scoreOf(money), abc.classOf(money));
    }

    /** This rule as the second pass's state, with the run's instant and the first pass's read units. */
    String state(Instant at, double firstUnits) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("day", day.toString());
        out.put("at", at.toString());
        out.put("firstUnits", firstUnits);
        out.put("recency", recency.from());
        out.put("frequency", frequency.from());
        out.put("monetary", monetary.from());
        out.put("aFrom", abc.aFrom());
        out.put("bFrom", abc.bFrom());
        return Json.write(out);
    }

    /** The rule a second pass's state holds. */
    static Scoring of(JsonNode state, Standing.Policy standing) {
        return new Scoring(LocalDate.parse(state.path("day").asText()), standing, quintiles(state.path("recency")),
                quintiles(state.path("frequency")), quintiles(state.path("monetary")),
                new AbcThresholds(PartialJson.orNull(state.get("aFrom")), PartialJson.orNull(state.get("bFrom"))));
    }

    private static Quintiles quintiles(JsonNode from) {
        List<Long> cuts = new ArrayList<>();
        from.forEach(cut -> cuts.add(PartialJson.orNull(cut)));
        return new Quintiles(cuts);
    }

    /** Recency ranked so that higher is better: minus the days since the last visit. */
    static long recencyValue(LocalDate day, LocalDate lastVisitDay) {
        return -ChronoUnit.DAYS.between(lastVisitDay, day);
    }
}
