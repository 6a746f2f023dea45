package io.winback.reports;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.chain.Conversion;
import io.winback.chain.Deferrals;
import io.winback.chain.Episode;
import io.winback.chain.EpisodeStatus;
import io.winback.chain.Touch;
import io.winback.config.WinbackConfig;
import io.winback.domain.PurchaseBand;
import io.winback.testing.CsvRows;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chain of any trigger (a birthday greeting, a dog-food refill, a lens after a camera), and a campaign to a
 * segment (its episodes filed under the campaign's id, as the worker starts them), is reported like the sleep
 * chain: its episodes, written as the worker writes them, make its own row in the campaign report's JSON and CSV and
 * its own row on the dashboard, beside the sleep chain's, never pooled into it. Three treated customers (one comes
 * back with 1000 and 100 of bonus) and two held back per chain.
 */
class EveryChainOfEveryTriggerHasItsOwnRowInTheReportAndOnTheDashboardTest {
    private static final String SLEEP_CHAIN = "sleep-1";
    private final ReportsApiFixture fixture = new ReportsApiFixture(Map.of(WinbackConfig.SMS_PRICE, "4.00"));

    @ParameterizedTest(name = "{0}")
    @CsvSource({"birthday, birthday@2026-11-10", "dogfood-refill, replenishment:dogfood@2026-11-15",
            "camera-lens, bought:camera>lens@2026-11-12", "coffee-win, campaign:coffee-win@2026-11-14"})
    void theChainIsItsOwnRow(String chain, String episodeId) {
        fixture.shopTotals(100, "90000");
        for (String customer : List.of("T1", "T2", "T3", "H1", "H2")) {
            boolean holdout = customer.startsWith("H");
            fixture.startWithOneSms(episode(customer, episodeId, chain, holdout, customer.equals("T1")));
        }
        fixture.startWithOneSms(episode("S1", "fell-asleep@2026-11-02", SLEEP_CHAIN, false, false));

        JsonNode body = ReportsApiFixture.json(get(Routes.Endpoint.REACTIVATION.path(), Map.of()));
        assertEquals(List.of(chain + " all", chain + " 1", SLEEP_CHAIN + " all", SLEEP_CHAIN + " 1").stream()
                .sorted().toList(), rowNames(body).stream().sorted().toList());
        JsonNode all = row(body, chain);
        assertEquals(3, all.at("/treated/entered").asLong());
        assertEquals(3, all.at("/treated/sent").asLong());
        assertEquals(1, all.at("/treated/converted").asLong());
        assertEquals(2, all.at("/holdout/entered").asLong());
        assertEquals(2, all.at("/holdout/heldBack").asLong());
        assertEquals(0, new BigDecimal("1000").compareTo(all.at("/treated/revenue").decimalValue()));
        assertEquals(0, new BigDecimal("100").compareTo(all.at("/treated/bonusSpent").decimalValue()));
        assertEquals(0, new BigDecimal("12").compareTo(all.get("messageCost").decimalValue()), "3 SMS at 4.00");
        assertEquals("33.33", all.get("upliftPoints").asText());
        assertTrue(all.hasNonNull("upliftLowPoints") && all.hasNonNull("upliftHighPoints"), all.toString());
        assertEquals("holdout_too_small", all.get("verdict").asText());
        assertEquals(1, row(body, SLEEP_CHAIN).at("/treated/entered").asLong(), "the sleep chain keeps its own");

        List<List<String>> csv = CsvRows.parse(get(Routes.Endpoint.REACTIVATION.path(), Map.of("format", "csv",
                "lang", "en")).getBody(), ',');
        int chainColumn = csv.getFirst().indexOf("chain");
        int stepColumn = csv.getFirst().indexOf("step");
        int groupColumn = csv.getFirst().indexOf("group");
        int enteredColumn = csv.getFirst().indexOf("entered");
        List<String> chainLines = csv.stream().filter(l -> l.get(chainColumn).equals(chain)
                && l.get(stepColumn).equals("all")).map(l -> l.get(groupColumn) + "=" + l.get(enteredColumn)).toList();
        assertEquals(List.of("treated=3", "holdout=2"), chainLines);

        String html = get(Routes.Endpoint.DASHBOARD.path(), Map.of("lang", "en")).getBody();
        assertTrue(html.contains("<tr><td>" + chain + "</td><td>3</td><td>3</td><td>1</td><td>2</td><td>0</td>"
                + "<td>+33.33 ("), html);
        assertTrue(html.contains("<tr><td>" + SLEEP_CHAIN + "</td><td>1</td><td>1</td><td>0</td><td>0</td><td>0</td>"
                + "<td>—</td>" + "<td>0</td>".repeat(7) + "</tr>"), "no calls opened: " + html);
    }

    private APIGatewayV2HTTPResponse get(String path, Map<String, String> extra) {
        Map<String, String> query = new java.util.HashMap<>(Map.of("from", "2026-11-01", "to", "2026-11-30"));
        query.putAll(extra);
        APIGatewayV2HTTPResponse response = fixture.get(path, query);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return response;
    }

    private static Episode episode(String customer, String episodeId, String chain, boolean holdout,
                                   boolean converted) {
        Instant started = java.time.LocalDate.parse(episodeId.substring(episodeId.lastIndexOf('@') + 1))
                .atTime(9, 0).toInstant(ZoneOffset.ofHours(3));
        Conversion conversion = converted ? new Conversion(Touch.idOf(episodeId, 0), 0, "s-" + customer,
                started.plusSeconds(2 * 86_400), new BigDecimal("1000"), new BigDecimal("100")) : null;
        EpisodeStatus status = converted ? EpisodeStatus.CONVERTED : EpisodeStatus.COMPLETED;
        return new Episode(customer, episodeId, chain, 1, PurchaseBand.ONE, holdout, started, null, status, 1, null,
                null, converted ? "purchase" : null, conversion, Deferrals.NONE, 0);
    }


    private static JsonNode row(JsonNode body, String chain) {
        for (JsonNode row : body.get("rows")) {
            if (row.get("chain").asText().equals(chain) && row.get("step").asText().equals("all")) {
                return row;
            }
        }
        throw new AssertionError("no row of " + chain + " in " + body);
    }

    private static List<String> rowNames(JsonNode body) {
        List<String> names = new ArrayList<>();
        body.get("rows").forEach(r -> names.add(r.get("chain").asText() + " " + r.get("step").asText()));
        return names;
    }
}
