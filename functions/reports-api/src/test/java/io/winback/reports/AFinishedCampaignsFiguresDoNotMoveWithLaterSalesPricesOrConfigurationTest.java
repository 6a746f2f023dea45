package io.winback.reports;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.chain.BudgetCap;
import io.winback.chain.Channel;
import io.winback.chain.ChainConfiguration;
import io.winback.chain.Conversion;
import io.winback.chain.Deferrals;
import io.winback.chain.Episode;
import io.winback.chain.EpisodeStatus;
import io.winback.messages.MessageCharge;
import io.winback.chain.Playbook;
import io.winback.chain.StartFigures;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.config.WinbackConfig;
import io.winback.domain.PurchaseBand;
import io.winback.dynamo.DynamoChainConfigurationStore;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A finished November campaign, written as the worker writes it: each episode recorded the average check (900) and
 * margin (40 %) in force when it started, each SMS its two parts at 4.00. Its report is read; then the shop imports
 * more sales (its average check falls to 300), a marketer stores a configuration with another margin and average
 * check, and SMS_PRICE goes up: the same report is read again, identical to the last figure.
 */
class AFinishedCampaignsFiguresDoNotMoveWithLaterSalesPricesOrConfigurationTest {
    private static final String DAY = "2026-11-02";
    private final ReportsApiFixture fixture = new ReportsApiFixture(Map.of(WinbackConfig.SMS_PRICE, "4.00"));

    @Test
    void theReportIsTheSameBeforeAndAfterAnImportAConfigChangeAndANewPrice() {
        fixture.shopTotals(1_000, "900000");
        for (int i = 1; i <= 10; i++) {
            write("T" + i, false, i <= 5);
            write("H" + i, true, i == 1);
        }
        JsonNode before = report(fixture.handler);
        JsonNode all = before.at("/rows/0");
        // Uplift 5/10 - 1/10 = 0.4 of 10 treated = 4 customers x 900 x 0.40 = 1440; less 5 x 100 bonus and
        // 10 SMS x 2 parts x 4.00 = 80: 860.
        assertEquals(0, new BigDecimal("360.00").compareTo(all.get("valuePerCustomerWonBack").decimalValue()));
        assertEquals(0, new BigDecimal("80").compareTo(all.get("messageCost").decimalValue()), all.toString());
        assertEquals(0, new BigDecimal("500").compareTo(all.at("/treated/bonusSpent").decimalValue()));
        assertEquals(0, new BigDecimal("860.00").compareTo(all.get("netEffect").decimalValue()), all.toString());

        fixture.shopTotals(3_000, "900000");
        ChainConfiguration playbook = Playbook.configuration();
        new DynamoChainConfigurationStore(LocalDynamo.client(), fixture.chainsTable, Clock.systemUTC()).storeNext(
                new ChainConfiguration(0, playbook.chains(), new BudgetCap(new BigDecimal("5000"),
                        new BigDecimal("0.20"), new BigDecimal("0.50"))), 0);
        ReportsApiHandler dearerSms = new ReportsApiHandler(LocalDynamo.client(), sameTables(Map.of(
                WinbackConfig.SMS_PRICE, "9.00")), Clock.fixed(ReportsApiFixture.NOW, ZoneOffset.UTC));

        JsonNode after = report(dearerSms);

        assertEquals(strippedOfTodaysFigures(before), strippedOfTodaysFigures(after));
    }

    /** The top of the answer echoes today's prices and figures (for episodes that recorded none): not the report. */
    private static JsonNode strippedOfTodaysFigures(JsonNode body) {
        var copy = body.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove(java.util.List.of("averageCheck", "margin",
                "smsPrice", "emailPrice"));
        return copy;
    }

    private WinbackConfig sameTables(Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(settings);
        env.put(WinbackConfig.API_TOKENS, ReportsApiFixture.TOKEN);
        env.put(WinbackConfig.SALES_TABLE, fixture.config.salesTable());
        env.put(WinbackConfig.CUSTOMERS_TABLE, fixture.config.customersTable());
        env.put(WinbackConfig.CHAINS_TABLE, fixture.chainsTable);
        env.put(WinbackConfig.SALE_LINES_TABLE, fixture.config.saleLinesTable());
        return WinbackConfig.from(env);
    }

    private JsonNode report(ReportsApiHandler handler) {
        io.winback.testing.ChainsStream.countKeptFigures(fixture.chainsTable, Clock.fixed(ReportsApiFixture.NOW, ZoneOffset.UTC));
        var response = handler.handleRequest(io.winback.testing.HttpApiEvents.request("GET",
                "GET " + Routes.Endpoint.REACTIVATION.path(), Routes.Endpoint.REACTIVATION.path(),
                Map.of("from", "2026-11-01", "to", "2026-11-30"), null, "Bearer " + ReportsApiFixture.TOKEN), null);
        assertEquals(200, response.getStatusCode(), response.getBody());
        return ReportsApiFixture.json(response);
    }

    private void write(String customer, boolean holdout, boolean converted) {
        Instant started = LocalDate.parse(DAY).atTime(10, 0).toInstant(ZoneOffset.ofHours(3));
        String id = "fell-asleep@" + DAY;
        Conversion conversion = converted ? new Conversion(id + "#0", 0, customer + "-sale",
                started.plusSeconds(3 * 86_400), new BigDecimal("1000.00"), holdout ? BigDecimal.ZERO
                : new BigDecimal("100.00")) : null;
        EpisodeStatus status = converted ? EpisodeStatus.CONVERTED : EpisodeStatus.COMPLETED;
        fixture.episodes.start(new Episode(customer, id, "sleep-1", 0, PurchaseBand.ONE, holdout, started, null, status, 1,
                null, null, converted ? "purchase" : "no_purchase", conversion, Deferrals.NONE, 0,
                new StartFigures(new BigDecimal("900.00"), new BigDecimal("0.40"))));
        Touch touch = new Touch(customer, id, 0, holdout ? TouchStatus.HOLDOUT : TouchStatus.SENT,
                Channel.SMS, started, new BigDecimal("100"), started.plusSeconds(7 * 86_400),
                started.plusSeconds(7 * 86_400), holdout ? null : "m-" + customer, null, null, null,
                holdout ? null : new MessageCharge(2, new BigDecimal("4.00")));
        fixture.touches.claim(touch);
        fixture.episodes.countIfUncounted(customer, id);
    }
}
