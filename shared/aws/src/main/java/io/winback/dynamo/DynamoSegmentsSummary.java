package io.winback.dynamo;

import io.winback.domain.AbcClass;
import io.winback.report.SegmentsSummary;
import io.winback.report.SegmentsSummaryStore;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.winback.dynamo.Attributes.map;
import static io.winback.dynamo.Attributes.number;
import static io.winback.dynamo.Attributes.putNumber;
import static io.winback.dynamo.Attributes.putText;
import static io.winback.dynamo.Attributes.text;
import static io.winback.dynamo.Attributes.wholeNumber;

/**
 * The segments summary as one Chains table item (pk {@code shop}, sk {@code segments}), replaced whole by each run
 * (PutItem) and read by the report with one GetItem. Small: 25 grid cells, 3 classes and a few counts.
 */
public final class DynamoSegmentsSummary implements SegmentsSummaryStore {
    public static final Map<String, AttributeValue> KEY = Map.of(ChainsTable.PK, AttributeValue.fromS("shop"),
            ChainsTable.SK, AttributeValue.fromS("segments"));
    private final DynamoDbClient dynamo;
    private final String table;
    private final CapacityMeter meter;
    private final String purpose;

    public DynamoSegmentsSummary(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.dynamo = dynamo;
        this.table = table;
        this.meter = meter;
        this.purpose = purpose;
    }

    @Override
    public void save(SegmentsSummary s) {
        Map<String, AttributeValue> item = new HashMap<>(KEY);
        putText(item, "asOf", s.asOf().toString());
        putText(item, "computedAt", s.computedAt().toString());
        List<AttributeValue> grid = new ArrayList<>();
        for (SegmentsSummary.Cell cell : s.grid()) {
            grid.add(AttributeValue.fromM(Map.of("r", n(cell.recency()), "f", n(cell.frequency()),
                    "customers", n(cell.customers()), "revenue", AttributeValue.fromN(cell.revenue().toPlainString()))));
        }
        item.put("grid", AttributeValue.fromL(grid));
        List<AttributeValue> abc = new ArrayList<>();
        for (SegmentsSummary.ClassTotal total : s.abc()) {
            abc.add(AttributeValue.fromM(Map.of("class", AttributeValue.fromS(total.abc().name()),
                    "customers", n(total.customers()), "revenue", AttributeValue.fromN(total.revenue().toPlainString()))));
        }
        item.put("abc", AttributeValue.fromL(abc));
        SegmentsSummary.Census c = s.census();
        Map<String, AttributeValue> segments = new HashMap<>();
        c.bySegment().forEach((label, count) -> segments.put(label, n(count)));
        item.put("census", AttributeValue.fromM(Map.of("active", n(c.active()), "sleeping", n(c.sleeping()),
                "lost", n(c.lost()), "neverBought", n(c.neverBought()), "bySegment", AttributeValue.fromM(segments))));
        Map<String, AttributeValue> cuts = new HashMap<>();
        cuts.put("recencyDaysAtMost", scoreMap(s.cuts().recencyDaysAtMost()));
        cuts.put("frequencyFrom", scoreMap(s.cuts().frequencyFrom()));
        cuts.put("monetaryFrom", scoreMap(s.cuts().monetaryFrom()));
        if (s.cuts().abcAFrom() != null) {
            putNumber(cuts, "abcAFrom", s.cuts().abcAFrom());
        }
        if (s.cuts().abcBFrom() != null) {
            putNumber(cuts, "abcBFrom", s.cuts().abcBFrom());
        }
        item.put("cuts", AttributeValue.fromM(cuts));
        SegmentsSummary.Run r = s.run();
        item.put("run", AttributeValue.fromM(Map.of("customersRead", n(r.customersRead()),
                "readUnits", AttributeValue.fromN(Double.toString(r.readUnits())),
                "scoresWritten", n(r.scoresWritten()), "skippedChanged", n(r.skippedChanged()))));
        var response = dynamo.putItem(b -> b.tableName(table).item(item)
                .returnConsumedCapacity(meter.total()));
        meter.recordWrite(purpose, response.consumedCapacity());
    }

    @Override
    public Optional<SegmentsSummary> find() {
        var response = dynamo.getItem(b -> b.tableName(table).key(KEY)
                .returnConsumedCapacity(meter.total()));
        meter.recordRead(purpose, response.consumedCapacity());
        if (!response.hasItem() || response.item().isEmpty()) {
            return Optional.empty();
        }
        Map<String, AttributeValue> item = response.item();
        List<SegmentsSummary.Cell> grid = new ArrayList<>();
        for (AttributeValue cell : item.get("grid").l()) {
            Map<String, AttributeValue> m = cell.m();
            grid.add(new SegmentsSummary.Cell((int) wholeNumber(m, "r", 0), (int) wholeNumber(m, "f", 0),
                    wholeNumber(m, "customers", 0), number(m, "revenue")));
        }
        List<SegmentsSummary.ClassTotal> abc = new ArrayList<>();
        for (AttributeValue total : item.get("abc").l()) {
            Map<String, AttributeValue> m = total.m();
            abc.add(new SegmentsSummary.ClassTotal(AbcClass.fromName(text(m, "class")), wholeNumber(m, "customers", 0),
                    number(m, "revenue")));
        }
        Map<String, AttributeValue> c = map(item, "census");
        Map<String, AttributeValue> cuts = map(item, "cuts");
        Map<String, AttributeValue> r = map(item, "run");
        return Optional.of(new SegmentsSummary(LocalDate.parse(text(item, "asOf")),
                Instant.parse(text(item, "computedAt")), grid, abc,
                new SegmentsSummary.Census(wholeNumber(c, "active", 0), wholeNumber(c, "sleeping", 0),
                        wholeNumber(c, "lost", 0), wholeNumber(c, "neverBought", 0), bySegment(map(c, "bySegment"))),
                new SegmentsSummary.Cuts(scores(map(cuts, "recencyDaysAtMost")), scores(map(cuts, "frequencyFrom")),
                        scores(map(cuts, "monetaryFrom")), optionalWhole(cuts, "abcAFrom"),
                        optionalWhole(cuts, "abcBFrom")),
                new SegmentsSummary.Run(wholeNumber(r, "customersRead", 0), number(r, "readUnits").doubleValue(),
                        wholeNumber(r, "scoresWritten", 0), wholeNumber(r, "skippedChanged", 0))));
    }

    /** PurchaseBand label → customers, in the segments' own order (1, 2-3, 4+, VIP). */
    private static Map<String, Long> bySegment(Map<String, AttributeValue> stored) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (io.winback.domain.PurchaseBand band : io.winback.domain.PurchaseBand.values()) {
            AttributeValue count = stored.get(band.label());
            if (count != null) {
                counts.put(band.label(), Long.parseLong(count.n()));
            }
        }
        return counts;
    }

    private static AttributeValue n(long value) {
        return AttributeValue.fromN(Long.toString(value));
    }

    private static AttributeValue scoreMap(Map<Integer, Long> byScore) {
        Map<String, AttributeValue> out = new HashMap<>();
        byScore.forEach((score, value) -> out.put(Integer.toString(score), n(value)));
        return AttributeValue.fromM(out);
    }

    private static Map<Integer, Long> scores(Map<String, AttributeValue> stored) {
        Map<Integer, Long> out = new HashMap<>();
        stored.forEach((score, value) -> out.put(Integer.parseInt(score), Long.parseLong(value.n())));
        return out;
    }

    private static Long optionalWhole(Map<String, AttributeValue> item, String name) {
        BigDecimal value = number(item, name);
        return value == null ? null : value.longValueExact();
    }
}
