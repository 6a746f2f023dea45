package io.winback.reports;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.ChainsTable;
import io.winback.dynamo.DynamoEpisodes;
import io.winback.dynamo.DynamoTouches;
import io.winback.json.Json;
import io.winback.testing.HttpApiEvents;
import io.winback.testing.ChainsStream;
import io.winback.testing.LocalDynamo;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Fresh tables on DynamoDB Local and the real reports handler in front of them. */
final class ReportsApiFixture {
    static final Instant NOW = Instant.parse("2026-12-15T09:00:00Z");
    static final String TOKEN = "test-api-token";

    final WinbackConfig config;
    final String chainsTable;
    final ReportsApiHandler handler;
    /** Where the chain worker keeps episodes and touches, on the same table. */
    final DynamoEpisodes episodes;
    final DynamoTouches touches;

    ReportsApiFixture(Map<String, String> settings) {
        Map<String, String> env = new HashMap<>(settings);
        env.put(WinbackConfig.API_TOKENS, TOKEN);
        config = LocalDynamo.freshTables(env);
        chainsTable = config.chains().chainsTable();
        handler = new ReportsApiHandler(LocalDynamo.client(), config, Clock.fixed(NOW, ZoneOffset.UTC));
        episodes = new DynamoEpisodes(LocalDynamo.client(), chainsTable, CapacityMeter.NONE, "test");
        touches = new DynamoTouches(LocalDynamo.client(), chainsTable, CapacityMeter.NONE, "test");
    }

    /** {@code GET <path>?<query>} as API Gateway routes it, with the token, once the Chains stream is counted. */
    APIGatewayV2HTTPResponse get(String path, Map<String, String> query) {
        ChainsStream.countKeptFigures(chainsTable, Clock.fixed(NOW, ZoneOffset.UTC));
        return handler.handleRequest(HttpApiEvents.request("GET", "GET " + path, path, query, null,
                "Bearer " + TOKEN), null);
    }

    /** What the stats function keeps: the shop's purchases and net spent (the real average check). */
    void shopTotals(long purchases, String netSpent) {
        LocalDynamo.client().putItem(b -> b.tableName(chainsTable).item(Map.of(
                ChainsTable.PK, AttributeValue.fromS("shop"), ChainsTable.SK, AttributeValue.fromS("totals"),
                "purchases", AttributeValue.fromN(Long.toString(purchases)), "netSpent", AttributeValue.fromN(netSpent))));
    }

    /** The episode and its one SMS step (held back for the holdout), through the stores the worker writes with. */
    void startWithOneSms(io.winback.chain.Episode episode) {
        if (!episodes.start(episode)) {
            throw new AssertionError("started before: " + episode.id());
        }
        var status = episode.holdout() ? io.winback.chain.TouchStatus.HOLDOUT : io.winback.chain.TouchStatus.SENT;
        Instant at = episode.startedAt();
        if (!touches.claim(new io.winback.chain.Touch(episode.customerKey(), episode.id(), 0, status,
                io.winback.chain.Channel.SMS, at, null, null, at.plusSeconds(7 * 86_400), null, null, null))) {
            throw new AssertionError("claimed before: " + episode.id());
        }
        counted(episode);
    }

    /**
     * Counts a seeded episode (stored with its past, then its touches: rows, as a shop deployed before figures were
     * kept has them) into the kept figures the campaign report reads, by the backfill's own step.
     */
    void counted(io.winback.chain.Episode episode) {
        episodes.countIfUncounted(episode.customerKey(), episode.id());
    }

    static JsonNode json(APIGatewayV2HTTPResponse response) {
        try {
            return Json.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

}
