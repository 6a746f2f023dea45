package io.winback.reports;

import io.winback.report.reactivation.Verdict;
import io.winback.report.ReportLanguage;
import io.winback.testing.CsvRows;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.chain.Channel;
import io.winback.chain.Conversion;
import io.winback.chain.Deferrals;
import io.winback.chain.Episode;
import io.winback.chain.EpisodeStatus;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.config.WinbackConfig;
import io.winback.domain.PurchaseBand;
import io.winback.http.report.ReportReplies;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small campaign written as the chain worker writes it, read back through the real handler; every expected figure
 * below is worked out by hand from the seed (intervals with SciPy and the formulas in README).
 */
class CampaignResultsCountEveryoneWhoEnteredAgainstTheHoldoutTest {
    private static final String CHAIN = "sleep-1";
    private static final String OTHER_CHAIN = "sleep-2";
    private final ReportsApiFixture fixture = new ReportsApiFixture(Map.of(WinbackConfig.SMS_PRICE, "4.00",
            WinbackConfig.EMAIL_PRICE, "0.01"));

    @Test
    void treatedAndHoldoutAreComparedWithIntervalsAndTheNetEffect() {
        seed();
        JsonNode body = ReportsApiFixture.json(report(Map.of()));
        JsonNode all = row(body, CHAIN, "all");
        JsonNode treated = all.get("treated");
        JsonNode holdout = all.get("holdout");

        // T1..T12 entered in November (T0 in October and T13 in December did not); H1..H6 in the holdout.
        assertEquals(12, treated.get("entered").asLong());
        assertEquals(6, holdout.get("entered").asLong());
        // T1, T2, T3 (step 1), T7 (after a skipped step), T9 (step 2), T12: six. T12's purchase also converted its
        // sleep-2 episode, which entered later: not counted twice.
        assertEquals(6, treated.get("converted").asLong());
        assertEquals(1, holdout.get("converted").asLong());
        assertEquals("50.00", treated.get("conversionPercent").asText());
        assertEquals("16.67", holdout.get("conversionPercent").asText());
        // SMS sent to T1..T6 and T12, email to T9 at step 1; T9's step 2 unknown, T10's failed.
        assertEquals(8, treated.get("sent").asLong());
        assertEquals(1, treated.get("unknown").asLong());
        assertEquals(1, treated.get("failed").asLong());
        assertEquals(Map.of("no_consent", 2L), longs(treated.get("skipped")));
        assertEquals(Map.of("no_consent", 1L), longs(holdout.get("skipped")), "the holdout is decided alike");
        assertEquals(5, holdout.get("heldBack").asLong());
        assertEquals(0, holdout.get("sent").asLong());
        assertEquals(Map.of("quiet_hours", 2L, "frequency_cap", 1L), longs(treated.get("deferred")));
        // Revenue: 1000 + 1500 + 500 + 700 + 2000 + 1200 = 6900 over 12; the holdout 800 over 6.
        assertEquals(0, new BigDecimal("6900").compareTo(treated.get("revenue").decimalValue()));
        assertEquals("575.00", treated.get("revenuePerCustomer").asText());
        assertEquals("133.33", holdout.get("revenuePerCustomer").asText());
        assertEquals(0, new BigDecimal("500").compareTo(treated.get("bonusSpent").decimalValue()));

        // 6/12 - 1/6, Newcombe 95 %: -13.37 to 61.49 points (SciPy-free arithmetic of README's formula).
        assertEquals("33.33", all.get("upliftPoints").asText());
        assertEquals("-13.37", all.get("upliftLowPoints").asText());
        assertEquals("61.49", all.get("upliftHighPoints").asText());
        // scipy.stats.ttest_ind(treated, holdout, equal_var=False).confidence_interval(): -73.98 to 957.32.
        assertEquals("441.67", all.get("revenuePerCustomerDifference").asText());
        assertEquals("-73.98", all.get("revenueDifferenceLow").asText());
        assertEquals("957.32", all.get("revenueDifferenceHigh").asText());
        // Incremental customers 1/3 x 12 = 4; x 900 (shop's average check) x 40 % (playbook margin) = 1440;
        // less bonus 500 and 8 SMS x 4.00 + 1 email x 0.01 = 32.01: 907.99.
        assertEquals("4.0", all.get("incrementalCustomers").asText());
        assertEquals(0, new BigDecimal("32.01").compareTo(all.get("messageCost").decimalValue()));
        assertEquals(0, new BigDecimal("907.99").compareTo(all.get("netEffect").decimalValue()));
        // Six holdout customers cannot settle anything: said in words, with the uplift this sample could detect,
        // (1.96 + 0.84) x sqrt(1/6 x 5/6 x (1/12 + 1/6)) = 52.20 points.
        assertEquals("holdout_too_small", all.get("verdict").asText());
        assertEquals("52.20", all.get("minimumDetectableUpliftPoints").asText());
        assertTrue(all.get("conclusion").asText().contains("Контрольная группа слишком мала"), all.toString());
        assertTrue(all.get("conclusion").asText().contains("52,20 п.п."), all.toString());
        // Naive: converted among those messaged: T1, T2, T3, T9, T12 of T1..T6, T9, T12 = 5/8.
        assertEquals("62.50", all.get("naiveConversionOfThoseMessagedPercent").asText());

        // Step 1: reached by T1..T10 and T12, converted through it T1, T2, T3, T7, T12; the holdout H1..H6, H1.
        JsonNode step1 = row(body, CHAIN, "1");
        assertEquals(11, step1.at("/treated/entered").asLong());
        assertEquals(5, step1.at("/treated/converted").asLong());
        assertEquals(6, step1.at("/holdout/entered").asLong());
        assertEquals(Map.of("quiet_hours", 2L, "frequency_cap", 1L), longs(step1.at("/treated/deferred")));
        JsonNode step2 = row(body, CHAIN, "2");
        assertEquals(1, step2.at("/treated/entered").asLong());
        assertEquals(1, step2.at("/treated/unknown").asLong());
        assertEquals("no_holdout", step2.get("verdict").asText());
        assertEquals(List.of(CHAIN + " all", CHAIN + " 1", CHAIN + " 2", OTHER_CHAIN + " all", OTHER_CHAIN + " 1"),
                rowNames(body));
        // The other chain's episode converted by the same purchase counts as entered, not converted.
        assertEquals(1, row(body, OTHER_CHAIN, "all").at("/treated/entered").asLong());
        assertEquals(0, row(body, OTHER_CHAIN, "all").at("/treated/converted").asLong());
    }

    @Test
    void chainAndSegmentNarrowTheReport() {
        seed();
        JsonNode onlyOther = ReportsApiFixture.json(report(Map.of("chain", OTHER_CHAIN)));
        assertEquals(List.of(OTHER_CHAIN + " all", OTHER_CHAIN + " 1"), rowNames(onlyOther));
        assertEquals(0, row(onlyOther, OTHER_CHAIN, "all").at("/treated/converted").asLong(),
                "T12's purchase stays credited to sleep-1, entered first, when only sleep-2 is asked for");
        JsonNode segmentFew = ReportsApiFixture.json(report(Map.of("segment", "2-3")));
        assertEquals(List.of(OTHER_CHAIN + " all", OTHER_CHAIN + " 1"), rowNames(segmentFew));
        JsonNode december = ReportsApiFixture.json(fixture.get(Routes.Endpoint.REACTIVATION.path(),
                Map.of("from", "2026-12-01", "to", "2026-12-31")));
        assertEquals(1, row(december, CHAIN, "all").at("/treated/entered").asLong(), "T13 alone");
    }

    @Test
    void csvHasOneLinePerChainStepAndGroupWithTheSameFiguresAsTheJson() {
        seed();
        JsonNode body = ReportsApiFixture.json(report(Map.of()));
        for (String lang : List.of("ru", "en")) {
            APIGatewayV2HTTPResponse csv = report(Map.of("format", "csv", "lang", lang));
            assertEquals(200, csv.getStatusCode());
            assertEquals(ReportReplies.CSV, csv.getHeaders().get("content-type"));
            char separator = lang.equals("ru") ? ';' : ',';
            List<List<String>> lines = CsvRows.parse(csv.getBody(), separator);
            ReportLanguage language = ReportLanguage.fromCode(lang);
            assertEquals(ReactivationCsv.columns(language), lines.getFirst(), "the header in the report's language");
            if (lang.equals("ru")) {
                assertTrue(lines.getFirst().containsAll(List.of("цепочка", "шаг", "группа", "вошли", "вернулись",
                        "возврат, %", "вывод")), lines.getFirst().toString());
            } else {
                assertEquals(List.of("chain", "step", "group", "entered"), lines.getFirst().subList(0, 4),
                        "English consumers keep the columns they read");
            }
            assertEquals(1 + 2 * body.get("rows").size(), lines.size(), "a line per row and group, and the header");
            int line = 1;
            for (JsonNode row : body.get("rows")) {
                for (String group : List.of("treated", "holdout")) {
                    // The columns by their English names: the Russian header names the same columns in order.
                    Map<String, String> cells = cells(ReactivationCsv.COLUMNS, lines.get(line++));
                    assertEquals(row.get("chain").asText(), cells.get("chain"));
                    String step = row.get("step").asText();
                    assertEquals(lang.equals("ru") && step.equals("all") ? "все" : step, cells.get("step"));
                    assertEquals(lang.equals("en") ? group
                            : group.equals("treated") ? "рассылка" : "контрольная группа", cells.get("group"));
                    JsonNode g = row.get(group);
                    for (String[] pair : new String[][]{{"entered", "entered"}, {"sent", "sent"},
                            {"unknown", "unknown"}, {"failed", "failed"}, {"held_back", "heldBack"},
                            {"messaged", "messaged"}, {"converted", "converted"},
                            {"conversion_percent", "conversionPercent"}, {"revenue", "revenue"},
                            {"revenue_per_customer", "revenuePerCustomer"}, {"bonus_spent", "bonusSpent"}}) {
                        assertNumber(g.get(pair[1]), cells.get(pair[0]), lang, pair[0]);
                    }
                    assertEquals(g.at("/skipped/no_consent").asLong(0), Long.parseLong(cells.get("skipped_no_consent")));
                    assertEquals(g.at("/deferred/quiet_hours").asLong(0), Long.parseLong(cells.get("deferred_quiet_hours")));
                    if (group.equals("treated")) {
                        for (String[] pair : new String[][]{{"uplift_points", "upliftPoints"},
                                {"uplift_low_points", "upliftLowPoints"}, {"uplift_high_points", "upliftHighPoints"},
                                {"revenue_difference", "revenuePerCustomerDifference"},
                                {"revenue_difference_low", "revenueDifferenceLow"},
                                {"revenue_difference_high", "revenueDifferenceHigh"},
                                {"net_effect", "netEffect"},
                                {"min_detectable_uplift_points", "minimumDetectableUpliftPoints"},
                                {"naive_conversion_of_messaged_percent", "naiveConversionOfThoseMessagedPercent"}}) {
                            assertNumber(row.get(pair[1]), cells.get(pair[0]), lang, pair[0]);
                        }
                        assertEquals(lang.equals("en") ? row.get("verdict").asText()
                                : Verdict.valueOf(row.get("verdict").asText().toUpperCase(java.util.Locale.ROOT))
                                .label(language), cells.get("verdict"));
                        if (lang.equals("ru")) {
                            assertTrue(java.util.regex.Pattern.matches("[а-яё ]+", cells.get("verdict")),
                                    "the verdict in Russian words: " + cells.get("verdict"));
                        }
                        if (lang.equals("ru")) {
                            assertEquals(row.get("conclusion").asText(), cells.get("conclusion"));
                        } else {
                            assertTrue(cells.get("conclusion").startsWith(row.get("verdict").asText()
                                    .equals("no_holdout") ? "Nothing to compare" : "The holdout is too small"),
                                    cells.get("conclusion"));
                        }
                    } else {
                        assertEquals("", cells.get("uplift_points"), "comparison figures on the treated line only");
                    }
                }
            }
        }
    }

    @Test
    void wrongParametersAreAllNamedInOne400() {
        APIGatewayV2HTTPResponse response = fixture.get(Routes.Endpoint.REACTIVATION.path(),
                Map.of("to", "2026-11-30x", "segment", "7", "format", "xls"));
        assertEquals(400, response.getStatusCode());
        List<String> fields = new ArrayList<>();
        ReportsApiFixture.json(response).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertEquals(List.of("format", "from", "segment", "to"), fields.stream().sorted().toList());
    }

    private APIGatewayV2HTTPResponse report(Map<String, String> extra) {
        Map<String, String> query = new HashMap<>(Map.of("from", "2026-11-01", "to", "2026-11-30"));
        query.putAll(extra);
        APIGatewayV2HTTPResponse response = fixture.get(Routes.Endpoint.REACTIVATION.path(), query);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return response;
    }

    /** The campaign, through the store the worker writes with. */
    private void seed() {
        fixture.shopTotals(100, "90000");
        String nov2 = "2026-11-02";
        treated("T0", "2026-10-31", sent(0), convertedAt(0, "s-t0", "900", "0"));
        treated("T1", nov2, sent(0), convertedAt(0, "s-t1", "1000", "200"));
        treated("T2", nov2, sent(0), convertedAt(0, "s-t2", "1500", "200"));
        treated("T3", "2026-11-10", sent(0), convertedAt(0, "s-t3", "500", "0"));
        treated("T4", nov2, sent(0), null);
        treated("T5", nov2, sent(0), null);
        treated("T6", "2026-11-30", sent(0), null);
        treated("T7", nov2, List.of(touch(0, TouchStatus.SKIPPED, null, "no_consent")),
                convertedAt(0, "s-t7", "700", "0"));
        treated("T8", nov2, List.of(touch(0, TouchStatus.SKIPPED, null, "no_consent")), null);
        treated("T9", nov2, List.of(touch(0, TouchStatus.SENT, Channel.EMAIL, null),
                touch(1, TouchStatus.UNKNOWN, Channel.SMS, "timeout")), convertedAt(1, "s-t9", "2000", "100"));
        treated("T10", nov2, List.of(touch(0, TouchStatus.FAILED, Channel.SMS, "invalid_number")), null);
        // Put off twice by quiet hours and once by the cap, not yet taken.
        write(episode("T11", nov2, CHAIN, PurchaseBand.ONE, false, null,
                new Deferrals(Map.of(0, Map.of("quiet_hours", 2, "frequency_cap", 1)))), List.of());
        treated("T12", nov2, sent(0), convertedAt(0, "s-t12", "1200", "0"));
        // The same purchase also converted T12's episode of another chain, entered three days later.
        write(episode("T12", "2026-11-05", OTHER_CHAIN, PurchaseBand.FEW, false, convertedAt(0, "s-t12", "1200", "0"),
                Deferrals.NONE), sent(0));
        treated("T13", "2026-12-01", sent(0), null);
        write(episode("H1", nov2, CHAIN, PurchaseBand.ONE, true, convertedAt(0, "s-h1", "800", "0"), Deferrals.NONE),
                List.of(touch(0, TouchStatus.HOLDOUT, Channel.SMS, null)));
        for (String h : List.of("H2", "H3", "H4", "H5")) {
            write(episode(h, nov2, CHAIN, PurchaseBand.ONE, true, null, Deferrals.NONE),
                    List.of(touch(0, TouchStatus.HOLDOUT, Channel.SMS, null)));
        }
        write(episode("H6", nov2, CHAIN, PurchaseBand.ONE, true, null, Deferrals.NONE),
                List.of(touch(0, TouchStatus.HOLDOUT, null, "no_consent")));
    }

    private void treated(String customer, String day, List<TouchSpec> touches, Conversion conversion) {
        write(episode(customer, day, CHAIN, PurchaseBand.ONE, false, conversion, Deferrals.NONE), touches);
    }

    private record TouchSpec(int step, TouchStatus status, Channel channel, String reason) {
    }

    private static List<TouchSpec> sent(int step) {
        return List.of(touch(step, TouchStatus.SENT, Channel.SMS, null));
    }

    private static TouchSpec touch(int step, TouchStatus status, Channel channel, String reason) {
        return new TouchSpec(step, status, channel, reason);
    }

    private static Conversion convertedAt(int step, String saleId, String revenue, String bonus) {
        return new Conversion(null, step, saleId, null, new BigDecimal(revenue), new BigDecimal(bonus));
    }

    private static Episode episode(String customer, String day, String chain, PurchaseBand band, boolean holdout,
                                   Conversion conversion, Deferrals deferrals) {
        Instant started = LocalDate.parse(day).atTime(9, 0).toInstant(java.time.ZoneOffset.ofHours(3));
        String id = "fell-asleep@" + day;
        Conversion credited = conversion == null ? null : new Conversion(id + "#" + conversion.step(),
                conversion.step(), conversion.saleId(), started.plusSeconds(5 * 86_400), conversion.revenue(),
                conversion.bonusRedeemed());
        EpisodeStatus status = conversion != null ? EpisodeStatus.CONVERTED
                : deferrals.byStep().isEmpty() ? EpisodeStatus.COMPLETED : EpisodeStatus.ACTIVE;
        return new Episode(customer, id, chain, 1, band, holdout, started, null, status, 1, null, null,
                status == EpisodeStatus.CONVERTED ? "purchase" : null, credited, deferrals, 0);
    }

    /** The episode past its last touch's step (as the worker leaves it), its touches, then counted. */
    private void write(Episode episode, List<TouchSpec> touches) {
        int past = touches.stream().mapToInt(t -> t.step() + 1).max().orElse(episode.nextStep());
        Episode stored = episode.dueAt(Math.max(past, episode.nextStep()), episode.dueOn(), episode.notBefore());
        assertTrue(fixture.episodes.start(stored));
        for (TouchSpec t : touches) {
            Instant at = episode.startedAt().plusSeconds(t.step() * 3L * 86_400);
            assertTrue(fixture.touches.claim(new Touch(episode.customerKey(), episode.id(), t.step(), t.status(),
                    t.channel(), at, null, null, at.plusSeconds(7 * 86_400), null, t.reason(), null)));
        }
        fixture.counted(stored);
    }

    private static JsonNode row(JsonNode body, String chain, String step) {
        for (JsonNode row : body.get("rows")) {
            if (row.get("chain").asText().equals(chain) && row.get("step").asText().equals(step)) {
                return row;
            }
        }
        throw new AssertionError("no row " + chain + " " + step + " in " + body);
    }

    private static List<String> rowNames(JsonNode body) {
        List<String> names = new ArrayList<>();
        body.get("rows").forEach(r -> names.add(r.get("chain").asText() + " " + r.get("step").asText()));
        return names;
    }

    private static Map<String, Long> longs(JsonNode object) {
        Map<String, Long> map = new HashMap<>();
        object.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asLong()));
        return map;
    }

    private static Map<String, String> cells(List<String> header, List<String> line) {
        assertEquals(header.size(), line.size(), "cells in " + line);
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), line.get(i));
        }
        return cells;
    }

    /** A JSON number against its CSV cell, read with the language's decimal mark. */
    private static void assertNumber(JsonNode json, String cell, String lang, String column) {
        if (json == null || json.isNull()) {
            assertEquals("", cell, column);
            return;
        }
        assertFalse(lang.equals("en") && cell.contains(","), column + " uses a dot in English: " + cell);
        BigDecimal read = new BigDecimal(lang.equals("ru") ? cell.replace(',', '.') : cell);
        assertEquals(0, json.decimalValue().compareTo(read), column + ": json " + json + ", csv " + cell);
    }
}
