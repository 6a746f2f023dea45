package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.chain.Chain;
import io.winback.chain.ChainConfiguration;
import io.winback.chain.Trigger;
import io.winback.domain.PurchaseBand;
import io.winback.dynamo.DynamoChainConfigurationStore;
import io.winback.json.Json;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;

import static io.winback.chainsapi.ChainsApiFixture.json;
import static io.winback.chainsapi.ChainsApiFixture.smsStep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The issue's three new chains, as a marketer pastes them: a dog-food refill reminder at three quarters of the
 * customer's cycle, a birthday offer three days before, a lens offer three days after a camera; each for everyone
 * (no segment), next to the sleeping customers' chain, which keeps its string trigger.
 */
class ARefillChainIsConfiguredWithItsGroupAndWhenToRemindTest {
    static final String ISSUE_EXAMPLES = """
            {"chains": [
             {"id": "dogfood-refill", "trigger": {"type": "replenishment", "group": "dogfood", "remindAt": 0.75},
              "steps": [{"offsetDays": 0, "channels": ["sms"], "messages": {"sms": {"ru": {"text": "{name}, корм заканчивается? Ждём вас!"}}}}]},
             {"id": "birthday", "trigger": {"type": "birthday", "daysBefore": 3}, "steps": [%s]},
             {"id": "camera-lens", "trigger": {"type": "bought", "group": "camera", "offerGroup": "lens", "afterDays": 3},
              "steps": [%s]},
             {"id": "sleep-1", "trigger": "fell-asleep", "segment": "1", "steps": [%s]}]}"""
            .formatted(smsStep("{name}, с наступающим днём рождения!"),
                    smsStep("{name}, к камере пригодится {group}"), smsStep("Ждём вас"));
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    @Test
    void theIssuesChainsAreStoredWithEverySettingAndEveryoneAsTheirSegment() {
        APIGatewayV2HTTPResponse response = fixture.put(ISSUE_EXAMPLES);

        assertEquals(200, response.getStatusCode(), response.getBody());
        ChainConfiguration stored = new DynamoChainConfigurationStore(LocalDynamo.client(), fixture.table,
                Clock.systemUTC()).current();
        assertEquals(1, stored.version());
        List<Chain> chains = stored.chains();
        assertEquals(new Trigger.Replenishment("dogfood", new BigDecimal("0.75"), null), chains.get(0).trigger());
        assertEquals(new Trigger.Birthday(3), chains.get(1).trigger());
        assertEquals(new Trigger.Bought("camera", "lens", 3, 365), chains.get(2).trigger(),
                "unlessBoughtWithinDays absent: a year");
        assertEquals(new Trigger.FellAsleep(), chains.get(3).trigger());
        assertEquals(java.util.Arrays.asList(null, null, null, PurchaseBand.ONE),
                chains.stream().map(Chain::band).toList(), "no segment: everyone");
        assertEquals(List.of(1, 3, 2, 4), chains.stream().map(Chain::priority).toList(),
                "refill, birthday, cross-sell, sleep: the triggers' own order");
        assertEquals(chains.get(0), stored.chainFor(chains.get(0).trigger(), PurchaseBand.VIP).orElseThrow(),
                "a customer of any segment gets the chain that names none");
    }

    @Test
    void aGetShowsEachTriggerWithEverySettingItMayChange() throws Exception {
        fixture.put(ISSUE_EXAMPLES);

        JsonNode chains = json(fixture.get()).get("chains");

        assertEquals(Json.readTree("""
                {"type": "replenishment", "group": "dogfood", "remindAt": 0.75, "cycleDays": null}"""),
                chains.at("/0/trigger"));
        assertEquals(Json.readTree("{\"type\": \"birthday\", \"daysBefore\": 3}"), chains.at("/1/trigger"));
        assertEquals(Json.readTree("""
                {"type": "bought", "group": "camera", "offerGroup": "lens", "afterDays": 3,
                 "unlessBoughtWithinDays": 365}"""), chains.at("/2/trigger"));
        assertEquals("fell-asleep", chains.at("/3/trigger").asText(), "the sleeping customers' chain as before");
        assertTrue(chains.at("/0/segment").isNull(), "everyone");
        assertEquals("1", chains.at("/3/segment").asText());
        assertEquals(1, chains.at("/0/priority").asInt());
        assertEquals(4, chains.at("/3/priority").asInt());
    }

    @Test
    void aRefillWithItsOwnCycleAndSegmentKeepsBoth() {
        String document = """
                {"chains": [{"id": "lenses-vip", "segment": "VIP", "priority": 5,
                  "trigger": {"type": "replenishment", "group": "Контактные линзы", "remindAt": 0.9, "cycleDays": 30},
                  "steps": [%s]}]}""".formatted(smsStep("{name}, {group} на исходе?"));

        APIGatewayV2HTTPResponse response = fixture.put(document);

        assertEquals(200, response.getStatusCode(), response.getBody());
        Chain chain = new DynamoChainConfigurationStore(LocalDynamo.client(), fixture.table, Clock.systemUTC())
                .current().chains().getFirst();
        assertEquals(new Trigger.Replenishment("Контактные линзы", new BigDecimal("0.9"), 30), chain.trigger());
        assertEquals(PurchaseBand.VIP, chain.band());
        assertEquals(5, chain.priority());
        assertEquals("replenishment:Контактные линзы", chain.trigger().name());
    }

    @Test
    void whatAGetAnswersForTheNewTriggersCanBeSentBackAsIs() {
        fixture.put(ISSUE_EXAMPLES);
        String seen = fixture.get().getBody();

        APIGatewayV2HTTPResponse again = fixture.put(seen);

        assertEquals(200, again.getStatusCode(), again.getBody());
        var store = new DynamoChainConfigurationStore(LocalDynamo.client(), fixture.table, Clock.systemUTC());
        assertEquals(store.version(1).orElseThrow().chains(), store.version(2).orElseThrow().chains(),
                "the round trip changes nothing");
        assertEquals(List.of("chains#00000001", "chains#00000002"), fixture.storedVersions());
    }
}
