package io.winback.local;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.chain.Channel;
import io.winback.chain.Conversion;
import io.winback.chain.Deferrals;
import io.winback.chain.Episode;
import io.winback.chain.EpisodeStatus;
import io.winback.chain.Holdout;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.config.WinbackConfig;
import io.winback.domain.PurchaseBand;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.EpisodeItems;
import io.winback.dynamo.KeptFiguresBackfill;
import io.winback.dynamo.TouchItems;
import io.winback.json.Json;
import io.winback.reports.ReportsApiHandler;
import io.winback.testing.ChainsStream;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real purchases (an eighth of CDNOW's 23,570 buyers, 1997-98) with a simulated campaign whose effect is known: each
 * buyer enters a chain on the day they fall asleep (66 days without a purchase), half of them (by the real holdout
 * hash) are held out, and a treated buyer who would not have come back on their own within the 60-day window comes
 * back with probability 12 %. Natural returns are the real ones. The true effect is 12 % × (1 − natural return rate);
 * the report's interval must cover it, and the naive "conversion of those messaged" must not pass for it.
 */
class ACampaignOnCdnowBuyersRecoversTheKnownUpliftTest {
    private static final double EXTRA_RETURN = 0.12;
    private static final int SLEEP_DAYS = 66;
    private static final int WINDOW_DAYS = 60;
    private static final LocalDate FROM = LocalDate.parse("1997-03-01");
    private static final LocalDate TO = LocalDate.parse("1998-03-31");

    @Test
    void theUpliftIntervalCoversTheTrueEffectAndTheNaiveRateDoesNot() throws Exception {
        Map<String, List<Purchase>> buyers = readQuarterOfCdnow();
        Holdout holdout = new Holdout(0.5, "cdnow-simulation");
        Random random = new Random(20_261_125L);
        WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.API_TOKENS, "t"));
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        long entered = 0;
        long naturalReturns = 0;
        for (var buyer : buyers.entrySet()) {
            List<Purchase> purchases = buyer.getValue();
            LocalDate sleepDay = firstSleepDay(purchases);
            if (sleepDay == null || sleepDay.isBefore(FROM) || sleepDay.isAfter(TO)) {
                continue;
            }
            entered++;
            String key = buyer.getKey();
            boolean held = holdout.contains(key);
            Purchase natural = purchases.stream().filter(p -> p.day().isAfter(sleepDay)
                    && !p.day().isAfter(sleepDay.plusDays(WINDOW_DAYS))).findFirst().orElse(null);
            naturalReturns += natural != null ? 1 : 0;
            Purchase credited = natural;
            if (credited == null && !held && random.nextDouble() < EXTRA_RETURN) {
                credited = new Purchase(sleepDay.plusDays(10), averageOf(purchases), "extra-" + key);
            }
            items.addAll(episodeAndTouch(key, sleepDay, held, credited));
        }
        long t0 = System.nanoTime();
        write(config.chains().chainsTable(), items);
        // Written straight to the table, as a shop's episodes from before the kept figures: marked for counting by
        // the one-time backfill, and counted by the Chains stream's reader as the kept-figures function counts them;
        // the report then reads the figures.
        new KeptFiguresBackfill(LocalDynamo.client(), config.chains().chainsTable(), CapacityMeter.NONE, "test")
                .count(FROM, TO);
        ChainsStream.countKeptFigures(config.chains().chainsTable(),
                Clock.fixed(Instant.parse("2026-12-01T00:00:00Z"), ZoneOffset.UTC));
        long t1 = System.nanoTime();
        JsonNode all = report(config).get("rows").get(0);
        System.out.printf("cdnow simulation: wrote %d items in %d ms, report in %d ms%n", items.size(),
                (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        assertEquals("all", all.get("step").asText());
        assertEquals(entered, all.at("/treated/entered").asLong() + all.at("/holdout/entered").asLong());
        double trueEffectPoints = 100 * EXTRA_RETURN * (1 - (double) naturalReturns / entered);
        double low = all.get("upliftLowPoints").asDouble();
        double high = all.get("upliftHighPoints").asDouble();
        assertTrue(low <= trueEffectPoints && trueEffectPoints <= high,
                "true effect " + trueEffectPoints + " pp within " + low + ".." + high + ": " + all);
        assertEquals("positive", all.get("verdict").asText());
        double naive = all.get("naiveConversionOfThoseMessagedPercent").asDouble();
        assertTrue(naive > high, "the naive rate " + naive + " % (natural returns included) is no uplift: " + all);
        System.out.printf("cdnow simulation: %d entered, natural return %.2f %%, true effect %.2f pp, "
                        + "report %.2f pp [%.2f, %.2f], naive %.2f %%%n", entered, 100.0 * naturalReturns / entered,
                trueEffectPoints, all.get("upliftPoints").asDouble(), low, high, naive);
    }

    private record Purchase(LocalDate day, BigDecimal total, String saleId) {
    }

    /** Buyers whose CDNOW id is a multiple of 8, their purchases in date order, read by the importer's reader. */
    private static Map<String, List<Purchase>> readQuarterOfCdnow() throws Exception {
        String dir = System.getenv("CDNOW_DIR");
        Path root = Path.of(System.getProperty("winback.root", System.getProperty("user.dir")));
        while (!Files.exists(root.resolve("template.yaml"))) {
            root = root.getParent();
        }
        Path file = (dir != null ? Path.of(dir) : root.resolve("../shared/data/cdnow")).resolve("CDNOW_master.txt");
        List<String> problems = new ArrayList<>();
        Map<String, List<Purchase>> buyers = new TreeMap<>();
        for (ImportRow row : CdnowReader.read(file, ZoneOffset.UTC, "USD", "cdnow", problems)) {
            @SuppressWarnings("unchecked")
            String id = (String) ((Map<String, Object>) row.sale().get("customer")).get("id");
            if (Integer.parseInt(id.substring("cdnow-".length())) % 8 != 0) {
                continue;
            }
            LocalDate day = OffsetDateTime.parse((String) row.sale().get("occurredAt")).toLocalDate();
            buyers.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new Purchase(day, (BigDecimal) row.sale().get("total"), (String) row.sale().get("saleId")));
        }
        assertEquals(List.of(), problems);
        return buyers;
    }

    /** The first day the buyer had gone 66 days without a purchase. */
    private static LocalDate firstSleepDay(List<Purchase> purchases) {
        for (int i = 0; i < purchases.size(); i++) {
            LocalDate sleep = purchases.get(i).day().plusDays(SLEEP_DAYS);
            if (i + 1 == purchases.size() || purchases.get(i + 1).day().isAfter(sleep)) {
                return sleep;
            }
        }
        return null;
    }

    private static BigDecimal averageOf(List<Purchase> purchases) {
        return purchases.stream().map(Purchase::total).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(purchases.size()), 2, RoundingMode.HALF_UP);
    }

    private static List<Map<String, AttributeValue>> episodeAndTouch(String key, LocalDate day, boolean held,
                                                                     Purchase credited) {
        Instant started = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
        String id = "fell-asleep@" + day;
        Conversion conversion = credited == null ? null : new Conversion(id + "#0", 0, credited.saleId(),
                credited.day().atTime(12, 0).toInstant(ZoneOffset.UTC), credited.total(), BigDecimal.ZERO);
        Episode episode = new Episode(key, id, "sleep-1", 0, PurchaseBand.ONE, held, started, null,
                conversion != null ? EpisodeStatus.CONVERTED : EpisodeStatus.COMPLETED, 1, null, null,
                conversion != null ? "purchase" : "no_purchase", conversion, Deferrals.NONE, 1);
        Touch touch = new Touch(key, id, 0, held ? TouchStatus.HOLDOUT : TouchStatus.SENT, Channel.SMS, started, null,
                null, started.plusSeconds(WINDOW_DAYS * 86_400L), null, null, null);
        return List.of(EpisodeItems.item(episode), TouchItems.item(touch));
    }

    private static void write(String table, List<Map<String, AttributeValue>> items) {
        for (int start = 0; start < items.size(); start += 25) {
            List<WriteRequest> writes = items.subList(start, Math.min(items.size(), start + 25)).stream()
                    .map(item -> WriteRequest.builder().putRequest(p -> p.item(item)).build()).toList();
            Map<String, List<WriteRequest>> pending = Map.of(table, writes);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> ask = pending;
                pending = LocalDynamo.client().batchWriteItem(b -> b.requestItems(ask)).unprocessedItems();
            }
        }
    }

    private static JsonNode report(WinbackConfig config) throws Exception {
        var handler = new ReportsApiHandler(LocalDynamo.client(), config, Clock.systemUTC());
        String path = "/v1/reports/reactivation";
        var response = handler.handleRequest(APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("GET " + path).withRawPath(path)
                .withQueryStringParameters(Map.of("from", FROM.toString(), "to", TO.toString(), "lang", "en"))
                .withHeaders(Map.of("authorization", "Bearer t"))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").withPath(path)
                                .build()).build())
                .build(), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return Json.readTree(response.getBody());
    }
}
