package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.cycles.PurchaseCycles;
import io.winback.domain.Sale;
import io.winback.domain.SaleLine;
import io.winback.domain.SaleType;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoPurchaseCycles;
import io.winback.json.Json;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.winback.chainsapi.ChainsApiFixture.errors;
import static io.winback.chainsapi.ChainsApiFixture.json;
import static io.winback.chainsapi.ChainsApiFixture.smsStep;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The owner opens the chains and reads, chain by chain, whether it runs and why not: the sleep, birthday and
 * cross-sell chains run; a refill chain runs when its group has a cycle to go by and shows what its group's receipts
 * have taught (dog food: a 60-day cycle on enough evidence; cat food: too little, its cycleDays standing in; tyres:
 * nobody bought them twice and no cycleDays, so it does not run). In Russian by default, in English with {@code lang=en}; the
 * computed fields go back in a GET-edit-PUT without harm.
 */
class EachChainSaysWhetherItRunsAndWhyNotTest {
    private static final String CHAINS = """
            {"chains": [
             {"id": "dogfood-refill", "trigger": {"type": "replenishment", "group": "dogfood", "remindAt": 0.75}, "steps": [%1$s]},
             {"id": "catfood-refill", "trigger": {"type": "replenishment", "group": "catfood", "remindAt": 0.75, "cycleDays": 30}, "steps": [%1$s]},
             {"id": "tyres-refill", "trigger": {"type": "replenishment", "group": "tyres", "remindAt": 1}, "steps": [%1$s]},
             {"id": "birthday", "trigger": {"type": "birthday", "daysBefore": 3}, "steps": [%1$s]},
             {"id": "camera-lens", "trigger": {"type": "bought", "group": "camera", "offerGroup": "lens", "afterDays": 3}, "steps": [%1$s]},
             {"id": "sleep-1", "trigger": "fell-asleep", "segment": "1", "steps": [%1$s]}]}"""
            .formatted(smsStep("Ждём вас"));
    private final ChainsApiFixture fixture = new ChainsApiFixture();
    private final PurchaseCycles cycles = new PurchaseCycles(new DynamoPurchaseCycles(LocalDynamo.client(),
            fixture.table, CapacityMeter.NONE, "test"), fixture.config.shopZone());

    /** Each of {@code customers} buys {@code group} {@code purchases} times, {@code days} apart. */
    private void buyEvery(String group, int customers, int purchases, int days) {
        OffsetDateTime first = OffsetDateTime.parse("2025-01-10T12:00:00+03:00");
        for (int c = 0; c < customers; c++) {
            List<Sale> receipts = new ArrayList<>();
            for (int p = 0; p < purchases; p++) {
                receipts.add(new Sale(group + "-" + c + "-" + p, SaleType.SALE, null, "store-1",
                        first.plusDays((long) days * p), null, List.of(new SaleLine(group + "-sku", group, group,
                        BigDecimal.ONE, new BigDecimal("500.00"), null)), new BigDecimal("500.00"), "RUB",
                        BigDecimal.ZERO.setScale(2)));
            }
            cycles.record(group + "-buyer-" + c, receipts);
        }
    }

    @Test
    void thePlaybooksChainsAllRun() {
        JsonNode chains = json(fixture.get()).get("chains");

        assertEquals(4, chains.size());
        chains.forEach(chain -> {
            assertEquals(true, chain.get("running").asBoolean(), chain.toString());
            assertEquals("работает: ежедневная проверка запускает её в день, когда клиент уснул",
                    chain.get("why").asText());
        });
    }

    @Test
    void eachNewChainSaysWhetherItRunsAndARefillShowsItsGroupsCycle() throws Exception {
        buyEvery("dogfood", 10, 4, 60);
        buyEvery("catfood", 3, 3, 28);
        assertEquals(200, fixture.put(CHAINS).getStatusCode());

        JsonNode chains = json(fixture.chains("GET", Map.of("lang", "en"), null)).get("chains");

        assertEquals(List.of(true, true, false, true, true, true), chains.findValues("running").stream()
                .map(JsonNode::asBoolean).toList());
        assertEquals("runs: the daily check reminds each customer of dogfood 0.75 of their cycle after their last "
                + "purchase of dogfood. The cycle of dogfood is learned: 60 days (half of the intervals within 60-60 days), "
                + "from 30 intervals of 10 customers.", chains.get(0).get("why").asText());
        assertEquals(Json.readTree("""
                {"learnedDays": 60, "intervals": 30, "customers": 10, "enoughEvidence": true, "daysInUse": 60}"""),
                chains.get(0).get("cycle"));
        assertEquals("runs: the daily check reminds each customer of catfood 0.75 of their cycle after their last "
                + "purchase of catfood. The cycle of catfood is not learned yet (6 intervals from 3 customers; a learned cycle "
                + "needs at least 30 intervals from 10 customers); cycleDays, 30 days, stands in until it is.",
                chains.get(1).get("why").asText());
        assertEquals(Json.readTree("""
                {"learnedDays": 28, "intervals": 6, "customers": 3, "enoughEvidence": false, "daysInUse": 30}"""),
                chains.get(1).get("cycle"));
        assertEquals(Json.readTree("""
                {"learnedDays": null, "intervals": 0, "customers": 0, "enoughEvidence": false, "daysInUse": null}"""),
                chains.get(2).get("cycle"));
        assertEquals("does not run: The cycle of tyres is not learned yet (nobody has bought tyres twice yet; a learned "
                + "cycle needs at least 30 intervals from 10 customers) and the chain gives no cycleDays: it will not "
                + "run until it is.", chains.get(2).get("why").asText());
        assertEquals("runs: the daily check starts it 3 days before the birthday on the customer's card",
                chains.get(3).get("why").asText());
        assertEquals("runs: the daily check starts it 3 days after a purchase of camera, unless the customer bought "
                + "lens since or within 365 days before it", chains.get(4).get("why").asText());
        assertEquals(null, chains.get(3).get("cycle"), "only a refill chain has a cycle");
    }

    @Test
    void theWordsAreRussianByDefault() {
        assertEquals(200, fixture.put(CHAINS).getStatusCode());

        JsonNode chains = json(fixture.get()).get("chains");

        assertEquals("работает: ежедневная проверка запускает её за 3 дня до дня рождения из карты клиента",
                chains.get(3).get("why").asText());
        assertEquals("работает: ежедневная проверка запускает её через 3 дня после покупки camera, если клиент не "
                + "покупал lens ни после неё, ни за 365 дней до неё", chains.get(4).get("why").asText());
    }

    @Test
    void theDocumentAGetAnswersGoesBackInAPutAndItsAnswerSaysTheSame() {
        assertEquals(200, fixture.put(CHAINS).getStatusCode());
        String got = fixture.chains("GET", Map.of("lang", "en"), null).getBody();

        APIGatewayV2HTTPResponse again = fixture.chains("PUT", Map.of("lang", "en"), got);

        assertEquals(200, again.getStatusCode(), again.getBody());
        assertEquals(2, json(again).get("version").asInt());
        assertEquals(json(fixture.chains("GET", Map.of("lang", "en"), null)), json(again),
                "the PUT answers the stored version as GET does");
    }

    @Test
    void aLanguageItDoesNotSpeakIsRefusedAndNothingIsStored() {
        APIGatewayV2HTTPResponse get = fixture.chains("GET", Map.of("lang", "fr"), null);
        APIGatewayV2HTTPResponse put = fixture.chains("PUT", Map.of("lang", "fr"), CHAINS);

        assertEquals(400, get.getStatusCode());
        assertEquals(List.of("lang: must be ru or en, was \"fr\""), errors(get));
        assertEquals(400, put.getStatusCode());
        assertEquals(List.of("lang: must be ru or en, was \"fr\""), errors(put));
        assertEquals(List.of(), fixture.storedVersions());
    }
}
