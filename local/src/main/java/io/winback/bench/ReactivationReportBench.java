package io.winback.bench;

import io.winback.time.WallClock;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.winback.chain.Channel;
import io.winback.chain.Conversion;
import io.winback.chain.Deferrals;
import io.winback.chain.Episode;
import io.winback.chain.EpisodeStatus;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.config.WinbackConfig;
import io.winback.domain.PurchaseBand;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.ChainsTable;
import io.winback.dynamo.EpisodeItems;
import io.winback.dynamo.KeptFiguresBackfill;
import io.winback.dynamo.TouchItems;
import io.winback.reports.ReportsApiHandler;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign report's time and read units against the touches in its period: the same month seeded with
 * {@code small} and then {@code large} touches (two per episode, a tenth of the customers held out, one in eight
 * converted), written straight to the Chains table in batches as a shop deployed before figures were kept holds them,
 * then marked counted by the real one-time backfill ({@link KeptFiguresBackfill}) and counted into the kept figures
 * from the table's stream by the real reader ({@link KeptFiguresCount}; both untimed: the very path every episode
 * save takes), and the report asked for that month through the real handler. Beside it sits
 * as much again outside the period, which the report must not read. The report reads the kept figures of the
 * period's days, not its touches: its read units should barely move with ten times the touches
 * ({@code rru_ratio_100k_vs_10k} ≤ 1.5).
 */
final class ReactivationReportBench {
    static final int SMALL = 10_000;
    static final int LARGE = 100_000;
    private static final LocalDate FROM = LocalDate.parse("2026-11-01");
    private static final LocalDate TO = LocalDate.parse("2026-11-30");
    private final SegmentScaleBench.FreshDynamo freshDynamo;
    private final int small;
    private final int large;

    ReactivationReportBench(SegmentScaleBench.FreshDynamo freshDynamo, int small, int large) {
        this.freshDynamo = freshDynamo;
        this.small = small;
        this.large = large;
    }

    Map<String, Object> measure() throws Exception {
        Run warmUp = run(Math.max(1_000, small / 10));
        Run few = run(small);
        Run many = run(large);
        double touchRatio = (double) large / small;
        double timeRatio = many.millis / few.millis;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("warm_up_ms", Benchmark.round(warmUp.millis));
        out.put("touches_small", small);
        out.put("touches_large", large);
        out.put("report_ms_small", Benchmark.round(few.millis));
        out.put("report_ms_large", Benchmark.round(many.millis));
        out.put("rru_small", Benchmark.round(few.readUnits));
        out.put("rru_large", Benchmark.round(many.readUnits));
        out.put("time_ratio", Benchmark.round(timeRatio));
        out.put("touch_ratio", Benchmark.round(touchRatio));
        out.put("time_ratio_to_touch_ratio", Benchmark.round(timeRatio / touchRatio));
        out.put("rru_ratio_100k_vs_10k", Benchmark.round(many.readUnits / few.readUnits));
        out.put("backfill_seconds_small", Benchmark.round(few.backfillSeconds));
        out.put("backfill_seconds_large", Benchmark.round(many.backfillSeconds));
        return out;
    }

    private record Run(double millis, double readUnits, double backfillSeconds) {
    }

    /** A fresh table with {@code touches} touches in November and as many in October; the November report timed. */
    private Run run(int touches) throws Exception {
        DynamoDbClient dynamo = freshDynamo.fresh();
        String table = "bench-chains-" + touches + "-" + System.nanoTime();
        dynamo.createTable(ChainsTable.definition(table));
        seed(dynamo, table, touches, FROM);
        seed(dynamo, table, touches, FROM.minusMonths(1));
        long counting = System.nanoTime();
        int counted = new KeptFiguresBackfill(dynamo, table, CapacityMeter.NONE, "backfill").count(FROM, TO);
        KeptFiguresCount.countAll(dynamo, freshDynamo.streams(), table, CapacityMeter.NONE);
        double backfillSeconds = (System.nanoTime() - counting) / 1e9;
        ChainsBench.expect("episodes the backfill counted", touches / 2, counted);
        WinbackConfig config = WinbackConfig.from(Map.of(WinbackConfig.CHAINS_TABLE, table,
                WinbackConfig.API_TOKENS, "bench-api-token"));
        CapacityMeter meter = CapacityMeter.recording();
        var handler = new ReportsApiHandler(dynamo, config, WallClock.utc(), meter);
        // Timed once, on a collected heap (DynamoDB Local shares this JVM and seeding left its garbage). Not repeated:
        // on DynamoDB Local the same report asked again and again gets slower each time, with or without a
        // collection between (three in a row on 100,000 touches: 9.5, 11.3 and 17.5 s), which says more about the
        // emulator than about the report.
        System.gc();
        long started = System.nanoTime();
        get(handler, "/v1/reports/reactivation", Map.of("from", FROM.toString(), "to", TO.toString()));
        double millis = (System.nanoTime() - started) / 1e6;
        return new Run(millis, meter.snapshot().getOrDefault("reports.read.total", 0.0), backfillSeconds);
    }

    private static void seed(DynamoDbClient dynamo, String table, int touches, LocalDate month) {
        List<WriteRequest> batch = new ArrayList<>(25);
        for (int i = 0; i < touches / 2; i++) {
            String key = "C-" + month + "-" + i;
            LocalDate day = month.plusDays(i % 28);
            Instant at = day.atTime(7, 0).toInstant(ZoneOffset.UTC);
            String id = "fell-asleep@" + day;
            boolean holdout = i % 10 == 0;
            Conversion conversion = i % 8 == 0 ? new Conversion(id + "#1", 1, "s-" + key, at.plusSeconds(86_400 * 9),
                    new BigDecimal("1450.50"), holdout ? BigDecimal.ZERO : new BigDecimal("150")) : null;
            Episode episode = new Episode(key, id, "sleep-" + (1 + i % 3), 1, PurchaseBand.ONE, holdout, at, null,
                    conversion == null ? EpisodeStatus.COMPLETED : EpisodeStatus.CONVERTED, 2, null, null,
                    conversion == null ? "no_purchase" : "purchase", conversion,
                    i % 5 == 0 ? Deferrals.NONE.plus(0, "quiet_hours") : Deferrals.NONE, 3);
            add(dynamo, table, batch, EpisodeItems.item(episode));
            for (int step = 0; step < 2; step++) {
                Instant touched = at.plusSeconds(step * 7L * 86_400);
                add(dynamo, table, batch, TouchItems.item(new Touch(key, id, step,
                        holdout ? TouchStatus.HOLDOUT : TouchStatus.SENT, Channel.SMS, touched, null, null,
                        touched.plusSeconds(7L * 86_400), holdout ? null : "msg-" + key + "-" + step, null, null)));
            }
        }
        flush(dynamo, table, batch);
    }

    private static void add(DynamoDbClient dynamo, String table, List<WriteRequest> batch,
                            Map<String, AttributeValue> item) {
        batch.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
        if (batch.size() == 25) {
            flush(dynamo, table, batch);
        }
    }

    private static void flush(DynamoDbClient dynamo, String table, List<WriteRequest> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, List<WriteRequest>> pending = Map.of(table, List.copyOf(batch));
        batch.clear();
        while (!pending.isEmpty()) {
            Map<String, List<WriteRequest>> ask = pending;
            pending = dynamo.batchWriteItem(b -> b.requestItems(ask)).unprocessedItems();
        }
    }

    /** The report at {@code path} asked through the real handler with the bench's token; stops the bench unless 200. */
    static void get(ReportsApiHandler handler, String path, Map<String, String> parameters) {
        var event = APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey("GET " + path).withRawPath(path)
                .withQueryStringParameters(parameters)
                .withHeaders(Map.of("authorization", "Bearer bench-api-token"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").withPath(path)
                                .build()).build())
                .build();
        var response = handler.handleRequest(event, null);
        if (response.getStatusCode() != 200) {
            throw new IllegalStateException(path + " failed: " + response.getBody());
        }
    }
}
