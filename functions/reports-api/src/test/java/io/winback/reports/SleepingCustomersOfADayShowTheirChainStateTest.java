package io.winback.reports;

import io.winback.testing.CsvRows;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.chain.Deferrals;
import io.winback.chain.Episode;
import io.winback.chain.EpisodeStatus;
import io.winback.chain.Trigger;
import io.winback.domain.Customer;
import io.winback.domain.PurchaseBand;
import io.winback.domain.SleepDecision;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.winback.reports.ReportsShop.customer;
import static io.winback.reports.ReportsShop.line;
import static io.winback.reports.ReportsShop.purchase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One purchase on 2026-09-30 puts a customer to sleep on 2026-12-05 (66 days). The report lists them whether the
 * daily check decided already or not, with the decision and the episode it started.
 */
class SleepingCustomersOfADayShowTheirChainStateTest {
    private static final LocalDate DAY = LocalDate.parse("2026-12-05");
    private final ReportsShop shop = new ReportsShop();

    @Test
    void undecidedAndDecidedSleepersOfTheDayAreListedOnceAcrossPagesWithTheirEpisodes() {
        List<String> keys = List.of("C-u1", "C-u2", "C-started", "C-lost", "C-woke", "C-other");
        List<io.winback.domain.Sale> receipts = new ArrayList<>();
        for (String key : keys) {
            String day = key.equals("C-other") ? "2026-10-01" : "2026-09-30";
            receipts.add(purchase("s-" + key, customer(key, "Имя " + key, null, true, false), "s1", day, "0",
                    line("A1", "coffee", "1", "100", "0")));
        }
        shop.sell(receipts);
        decide("C-started", SleepDecision.STARTED);
        decide("C-lost", SleepDecision.LOST);
        decide("C-woke", SleepDecision.STARTED);
        // C-woke came back after the chain started: still one who fell asleep that day.
        shop.sell(List.of(purchase("s-C-woke-2", customer("C-woke", "Имя C-woke", null, true, false), "s1",
                "2026-12-08", "0", line("A1", "coffee", "1", "100", "0"))));

        Map<String, JsonNode> rows = new TreeMap<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, String> query = new HashMap<>(Map.of("on", DAY.toString(), "limit", "2"));
            if (cursor != null) {
                query.put("cursor", cursor);
            }
            var answer = shop.get("/v1/reports/sleeping", query);
            assertEquals(200, answer.getStatusCode(), answer.getBody());
            JsonNode body = ReportsShop.json(answer);
            assertTrue(body.get("rows").size() <= 2);
            body.get("rows").forEach(row -> assertEquals(null, rows.put(row.get("customerKey").asText(), row),
                    "listed twice: " + row));
            cursor = body.path("nextCursor").textValue();
            pages++;
        } while (cursor != null && pages < 40);

        assertEquals(List.of("C-lost", "C-started", "C-u1", "C-u2", "C-woke"), List.copyOf(rows.keySet()));
        assertEquals("undecided", rows.get("C-u1").get("decision").asText());
        assertFalse(rows.get("C-u1").has("episodeStatus"));
        assertEquals("lost", rows.get("C-lost").get("decision").asText());
        JsonNode started = rows.get("C-started");
        assertEquals("started", started.get("decision").asText());
        assertEquals("sleep-1", started.get("chainId").asText());
        assertEquals("active", started.get("episodeStatus").asText());
        assertEquals(1, started.get("stepsTaken").asInt());
        assertEquals("1", started.get("segment").asText());
        assertEquals("2026-09-30", started.get("lastVisitDay").asText());
        assertEquals("Имя C-started", started.get("name").asText());
        assertTrue(started.get("consentSms").asBoolean());
        assertEquals("started", rows.get("C-woke").get("decision").asText());
        assertEquals("2-3", rows.get("C-woke").get("segment").asText(), "bought again since");
    }

    @Test
    void theCsvInEnglishReadsBackAsTheJsonRows() {
        shop.sell(List.of(purchase("s-1", customer("C-1", "Ann, \"Annie\"", "ann@example.com", true, true), "s1",
                "2026-09-30", "0", line("A1", "coffee", "1", "100", "0"))));
        decide("C-1", SleepDecision.STARTED);
        JsonNode row = ReportsShop.json(shop.get("/v1/reports/sleeping", Map.of("on", DAY.toString())))
                .get("rows").get(0);

        var answer = shop.get("/v1/reports/sleeping", Map.of("on", DAY.toString(), "format", "csv", "lang", "en"));

        List<List<String>> records = CsvRows.parse(answer.getBody(), ',');
        assertEquals(SleepingReport.header(io.winback.report.ReportLanguage.EN), records.get(0));
        assertEquals(2, records.size());
        List<String> record = records.get(1);
        assertEquals(List.of("C-1", "Ann, \"Annie\"", "'" + row.get("phone").asText(), "ann@example.com", "yes", "yes", "1",
                "2026-09-30", "started", "sleep-1", "no", "active", "1", "", "no"), record);
    }

    @Test
    void theCsvInRussianSaysTheDecisionAndTheEpisodeInWordsAndTheDayAsRussianExcelReadsIt() {
        shop.sell(List.of(purchase("s-1", customer("C-1", "Анна", "ann@example.com", true, true), "s1",
                "2026-09-30", "0", line("A1", "coffee", "1", "100", "0"))));
        decide("C-1", SleepDecision.STARTED);
        JsonNode row = ReportsShop.json(shop.get("/v1/reports/sleeping", Map.of("on", DAY.toString())))
                .get("rows").get(0);

        var answer = shop.get("/v1/reports/sleeping", Map.of("on", DAY.toString(), "format", "csv"));

        List<List<String>> records = CsvRows.parse(answer.getBody(), ';');
        assertEquals(List.of("клиент", "имя", "телефон", "эл. почта", "согласие на SMS", "согласие на письма",
                "сегмент", "последний визит", "решение", "цепочка", "контрольная группа", "статус эпизода",
                "шагов сделано", "причина завершения", "вернулся"), records.get(0));
        assertEquals(List.of("C-1", "Анна", "'" + row.get("phone").asText(), "ann@example.com", "да", "да", "1",
                "30.09.2026", "цепочка запущена", "sleep-1", "нет", "идёт", "1", "", "нет"), records.get(1));
        assertEquals("started", row.get("decision").asText(), "the JSON keeps the code clients match on");
    }

    /** What the daily check does: the episode first (for a start), then the decision on the card. */
    private void decide(String key, String outcome) {
        Customer card = shop.customers.find(key).orElseThrow();
        if (outcome.equals(SleepDecision.STARTED)) {
            shop.episodes.start(new Episode(key, new Trigger.FellAsleep().on(DAY).episodeId(), "sleep-1", 1,
                    PurchaseBand.ONE, false, Instant.parse("2026-12-05T07:00:00Z"), card.stats().lastPurchaseAt(),
                    EpisodeStatus.ACTIVE, 1, DAY.plusDays(7), null, null, null, Deferrals.NONE, 0));
        }
        assertTrue(shop.customers.saveIfUnchanged(card.withSleepDecision(new SleepDecision(DAY, outcome)),
                ReportsShop.NOW));
    }
}
