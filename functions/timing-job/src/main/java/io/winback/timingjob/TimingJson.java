package io.winback.timingjob;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.json.Json;
import io.winback.sleep.CustomerVisitDays;
import io.winback.timing.TimingSample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The timing job's states and partials as JSON. A first-pass partial carries the slice's counts and its kept
 * customers, each as {@code [key, vip (0/1), first day, gap, gap, …]} (epoch days as gaps: short numbers that gzip
 * well, see {@code DynamoSliceLedger}).
 */
final class TimingJson {
    private TimingJson() {
    }

    static String samplePartial(double units, TimingSample sample) {
        TimingSample.Counts counts = sample.counts();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("units", units);
        out.put("cards", counts.cards());
        out.put("customers", counts.customers());
        out.put("repeatCustomers", counts.repeatCustomers());
        out.put("recentAtOldestCutoff", counts.recentAtOldestCutoff());
        List<List<Object>> kept = new ArrayList<>();
        for (CustomerVisitDays v : sample.kept()) {
            List<Object> row = new ArrayList<>(v.epochDays().length + 2);
            row.add(v.key());
            row.add(v.vip() ? 1 : 0);
            int previous = 0;
            for (int day : v.epochDays()) {
                row.add(day - previous);
                previous = day;
            }
            kept.add(row);
        }
        out.put("kept", kept);
        return Json.write(out);
    }

    /** Adds a first-pass partial to {@code sample}; its read units. */
    static double absorbSample(String partial, TimingSample sample) {
        JsonNode p = Json.readOwn(partial);
        List<CustomerVisitDays> kept = new ArrayList<>();
        for (JsonNode row : p.path("kept")) {
            int[] days = new int[row.size() - 2];
            int day = 0;
            for (int i = 0; i < days.length; i++) {
                day += row.get(i + 2).asInt();
                days[i] = day;
            }
            kept.add(new CustomerVisitDays(row.get(0).asText(), days, row.get(1).asInt() == 1));
        }
        sample.absorb(new TimingSample.Counts(p.path("cards").asLong(), p.path("customers").asLong(),
                p.path("repeatCustomers").asLong(), p.path("recentAtOldestCutoff").asLong()), kept);
        return p.path("units").asDouble();
    }
}
