package io.winback.dynamo;

import io.winback.config.WinbackConfig;
import io.winback.domain.Sales;
import io.winback.erasure.Tombstone;
import io.winback.testing.InterceptedDynamo;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DynamoDB may answer a BatchGetItem with part of the keys left unprocessed (throttling, the response cap); the SDK
 * does not ask again, the stores do, with the same projection and consistency, until every key is read, and give up
 * with an error after 8 attempts rather than answer with less than was stored. Sales (the webhook's refund check and
 * the report's matched returns) and tombstones are read so alike.
 */
class KeysDynamoDbLeavesUnreadAreAskedForAgainThenGivenUpTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of());
    private final List<KeysAndAttributes> asked = new CopyOnWriteArrayList<>();

    @Test
    void aThrottledDynamoDbThatReadsOneKeyAnAnswerStillGivesEveryStoredSale() {
        storeSales("s-1", "s-2", "s-3");
        DynamoDbClient oneKeyAnAnswer = throttled(LocalDynamo.client(), 1);
        var sales = new DynamoSalesStore(oneKeyAnAnswer, config.salesTable(), CapacityMeter.NONE, config.shopZone());

        var found = sales.refundables(List.of("s-1", "s-2", "s-3", "s-absent", "s-2"));

        assertEquals(Set.of("s-1", "s-2", "s-3"), found.keySet());
        assertEquals(4, asked.size(), "4 distinct keys, one read an answer, the rest asked again: " + asked);
        for (KeysAndAttributes ask : asked) {
            assertEquals(true, ask.consistentRead(), "the webhook decides on the latest write, every time");
            assertEquals(asked.get(0).projectionExpression(), ask.projectionExpression());
            assertEquals(asked.get(0).expressionAttributeNames(), ask.expressionAttributeNames());
        }

        asked.clear();
        var returns = new DynamoMatchedReturns(oneKeyAnAnswer, config.salesTable(), CapacityMeter.NONE, "reports");
        assertEquals(Set.of(), returns.matchedAmong(List.of("s-1", "s-2")), "sales, not matched returns");
        assertEquals(2, asked.size());
        assertTrue(asked.stream().noneMatch(KeysAndAttributes::consistentRead), "a report reads eventually");
    }

    @Test
    void aThrottledDynamoDbThatReadsOneKeyAnAnswerStillGivesEveryTombstone() {
        var real = new DynamoTombstones(LocalDynamo.client(), config.customersTable(), CapacityMeter.NONE, "test");
        real.save(new Tombstone("erased-1", NOW, null, Map.of(), true));
        real.save(new Tombstone("erased-2", NOW, null, Map.of(), true));
        var tombstones = new DynamoTombstones(throttled(LocalDynamo.client(), 1), config.customersTable(),
                CapacityMeter.NONE, "test");

        assertEquals(Set.of("erased-1", "erased-2"), tombstones.findAll(List.of("erased-1", "erased-2", "C-7"))
                .keySet());
        assertEquals(3, asked.size());
    }

    @Test
    void keysLeftUnreadEightTimesAreAnErrorNotAShortAnswer() {
        storeSales("s-1", "s-2");
        var sales = new DynamoSalesStore(throttled(LocalDynamo.client(), 0), config.salesTable(),
                CapacityMeter.NONE, config.shopZone());

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> sales.refundables(List.of("s-1", "s-2")));

        assertEquals(8, asked.size(), "8 attempts, then it gives up");
        assertTrue(error.getMessage().contains("left unread after 8 BatchGetItem attempts"), error.getMessage());
    }

    private void storeSales(String... saleIds) {
        var sales = new DynamoSalesStore(LocalDynamo.client(), config.salesTable(), CapacityMeter.NONE,
                config.shopZone());
        for (String saleId : saleIds) {
            sales.record(Sales.sale(saleId, "C-1", "2026-11-01T12:00:00+03:00", "100.00"), NOW);
        }
    }

    /**
     * The real client, except that each BatchGetItem reads only the first {@code perAnswer} keys asked for and hands
     * the rest back unprocessed, as a throttled table does; what each request asked for is noted.
     */
    private DynamoDbClient throttled(DynamoDbClient real, int perAnswer) {
        return InterceptedDynamo.of(real, (request, answer) -> request instanceof BatchGetItemRequest batch
                ? partly(real, batch, perAnswer) : answer.call());
    }

    private BatchGetItemResponse partly(DynamoDbClient real, BatchGetItemRequest request, int perAnswer) {
        assertEquals(1, request.requestItems().size(), "one table a request");
        var entry = request.requestItems().entrySet().iterator().next();
        KeysAndAttributes ask = entry.getValue();
        asked.add(ask);
        int read = Math.min(perAnswer, ask.keys().size());
        var answer = BatchGetItemResponse.builder();
        if (read > 0) {
            var response = real.batchGetItem(b -> b.requestItems(Map.of(entry.getKey(),
                    ask.toBuilder().keys(ask.keys().subList(0, read)).build())));
            answer.responses(response.responses());
        }
        if (read < ask.keys().size()) {
            answer.unprocessedKeys(Map.of(entry.getKey(),
                    ask.toBuilder().keys(ask.keys().subList(read, ask.keys().size())).build()));
        }
        return answer.build();
    }
}
