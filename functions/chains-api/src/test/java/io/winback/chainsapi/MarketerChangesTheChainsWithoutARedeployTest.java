package io.winback.chainsapi;

import io.winback.chain.ChainStates;

import io.winback.json.chain.BonusCaps;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winback.chain.ChainConfiguration;
import io.winback.chain.ChainConfigurationStore;
import io.winback.dynamo.DynamoChainConfigurationStore;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.DynamoAverageCheckReader;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoPurchaseCycles;
import io.winback.cycles.CycleEvidencePolicy;
import io.winback.http.ApiReply;
import io.winback.json.Json;
import io.winback.testing.LocalDynamo;
import io.winback.json.chain.BonusCaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.winback.chainsapi.ChainsApiFixture.bonusStep;
import static io.winback.chainsapi.ChainsApiFixture.errors;
import static io.winback.chainsapi.ChainsApiFixture.json;
import static io.winback.chainsapi.ChainsApiFixture.oneStep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarketerChangesTheChainsWithoutARedeployTest {
    private static final String NO_BUDGET = "null";
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    @ParameterizedTest
    @Event(value = "../../events/chains-api-put.json", type = APIGatewayV2HTTPEvent.class)
    void theSamplePutBecomesVersionOneAndTheNextGetShowsIt(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPResponse response = fixture.handler.handleRequest(event, null);

        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode stored = json(response);
        assertEquals(1, stored.get("version").asInt());
        assertEquals(stored, json(fixture.get()), "PUT answers with the configuration as a GET then reads it");
        assertEquals(2, stored.get("chains").size(), "the segments left out have no chain now");
        assertEquals("150", stored.at("/chains/0/steps/0/bonus/amount").decimalValue().toPlainString());
        assertEquals(10, stored.at("/chains/0/steps/0/bonus/validDays").asInt());
        assertEquals(3, stored.at("/chains/0/steps/1/call/deadlineDays").asInt());
        assertEquals(7, stored.at("/chains/0/steps/1/conversionWindowDays").asInt(), "absent: 7 days");
        assertEquals("VIP", stored.at("/chains/1/segment").asText());
        assertEquals("900", stored.at("/budget/averageCheck").decimalValue().toPlainString());
        assertEquals(List.of("chains#00000001"), fixture.storedVersions());
    }

    @ParameterizedTest
    @Event(value = "../../events/chains-api-put.json", type = APIGatewayV2HTTPEvent.class)
    void aSecondChangeStillBasedOnTheOldVersionIsRefusedWith409(APIGatewayV2HTTPEvent event) {
        assertEquals(200, fixture.handler.handleRequest(event, null).getStatusCode());

        APIGatewayV2HTTPResponse stale = fixture.handler.handleRequest(event, null);

        assertEquals(409, stale.getStatusCode(), stale.getBody());
        assertEquals(List.of("basedOn: this change was made on version 0, but version 1 is current; "
                + "GET /v1/chains, make the change there and send it again"), errors(stale));
        assertEquals(List.of("chains#00000001"), fixture.storedVersions());
    }

    @Test
    void whatAGetAnswersCanBeEditedAndSentBackAsIs() {
        ObjectNode document = (ObjectNode) json(fixture.get());
        ((ObjectNode) document.at("/chains/0/steps/0/bonus")).put("amount", 120);

        APIGatewayV2HTTPResponse response = fixture.put(Json.write(document));

        assertEquals(200, response.getStatusCode(), response.getBody());
        JsonNode current = json(fixture.get());
        assertEquals(1, current.get("version").asInt());
        assertEquals("120", current.at("/chains/0/steps/0/bonus/amount").decimalValue().toPlainString());
        assertEquals("100", current.at("/chains/1/steps/0/bonus/amount").decimalValue().toPlainString(),
                "only what was edited changed");
    }

    @Test
    void aGetAnswerSentBackAfterSomeoneElsesChangeIsRefusedRatherThanUndoingIt() {
        String seenByAnna = fixture.get().getBody();
        assertEquals(200, fixture.put(oneStep(NO_BUDGET, bonusStep("150"))).getStatusCode(), "Boris saves first");

        APIGatewayV2HTTPResponse annas = fixture.put(seenByAnna);

        assertEquals(409, annas.getStatusCode(), "her copy carries version 0, which counts as basedOn");
        assertEquals(1, json(fixture.get()).get("chains").size(), "Boris's change stands");
    }

    @Test
    void withoutBasedOnOrVersionTheChangeGoesOnTopOfWhateverIsCurrent() {
        assertEquals(1, json(fixture.put(oneStep(NO_BUDGET, bonusStep("150")))).get("version").asInt());
        assertEquals(2, json(fixture.put(oneStep(NO_BUDGET, bonusStep("160")))).get("version").asInt());

        assertEquals("160", json(fixture.get()).at("/chains/0/steps/0/bonus/amount").decimalValue().toPlainString());
        assertEquals(List.of("chains#00000001", "chains#00000002"), fixture.storedVersions());
    }

    @Test
    void whenAnotherChangeIsStoredBetweenTheCheckAndTheWriteTheLoserIsTold409() {
        var store = new DynamoChainConfigurationStore(LocalDynamo.client(), fixture.table, Clock.systemUTC());
        ChainConfiguration seenBeforeTheOtherWrite = store.current();
        var caps = new BonusCaps(new DynamoAverageCheckReader(LocalDynamo.client(), fixture.table),
                WinbackConfig.DEFAULT_MAX_BONUS);
        var states = new ChainStates(new DynamoPurchaseCycles(LocalDynamo.client(), fixture.table, CapacityMeter.NONE,
                "test"), CycleEvidencePolicy.DEFAULT);
        var edits = new ChainsEdits(new io.winback.json.chain.ChainConfigurationEdits(
                new StoreThatReadBeforeTheOtherWrite(store, seenBeforeTheOtherWrite), caps,
                new io.winback.dynamo.DynamoSegmentConfigurationStore(LocalDynamo.client(), fixture.table,
                        Clock.systemUTC())), new ChainsDocument(caps, states, fixture.config.chains().storeName()));
        store.storeNext(seenBeforeTheOtherWrite, 0);

        ApiReply reply = edits.replace(oneStep(NO_BUDGET, bonusStep("150")), Map.of());

        assertEquals(409, reply.status(), reply.body());
        assertTrue(reply.body().contains("another change was stored on top of version 0"), reply.body());
        assertEquals(List.of("chains#00000001"), fixture.storedVersions());
    }

    /** The real store, except that its idea of the current version is the one read before a rival wrote. */
    private record StoreThatReadBeforeTheOtherWrite(ChainConfigurationStore real, ChainConfiguration seen)
            implements ChainConfigurationStore {
        public ChainConfiguration current() {
            return seen;
        }

        public Optional<ChainConfiguration> version(int version) {
            return real.version(version);
        }

        public ChainConfiguration storeNext(ChainConfiguration configuration, int basedOn) {
            return real.storeNext(configuration, basedOn);
        }
    }
}
