package io.winback.worker;

import io.winback.sqs.SqsEvents;
import io.winback.testing.InterceptedDynamo;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The order of a step's writes is what keeps it at most once: the touch is claimed, by a write that only the first
 * worker gets through, as sending before the provider is called (a worker that dies there leaves a touch that is never
 * sent again), given its final state (which records the bonus it gives), and only then is the episode stored (a new
 * episode once, with its first step taken: no write of it before) and the bonus put on the card's ledger (a sleeper's
 * first step: in the card's write that records the decision; a retry that finds the episode grants it from the
 * touch). The writes are read off the DynamoDB requests the real worker makes, with the SMS gateway's call in between.
 */
class EachStepIsWrittenInTheOrderThatKeepsItAtMostOnceTest {

    @Test
    void claimedAsSendingThenTheSmsThenSentThenTheEpisodeStoredOnceThenTheBonus() {
        Shop shop = new Shop();
        shop.buys("anna", "2026-09-30", "1000");
        List<String> events = Collections.synchronizedList(new ArrayList<>());
        var recorded = InterceptedDynamo.of(LocalDynamo.client(), (request, real) -> {
            Object answer = real.call();
            describe(request).ifPresent(events::add);
            return answer;
        });
        var worker = new ChainWorkerHandler(recorded, shop.config, shop.clock, new PlaybookConfigurations(),
                (phone, text, touchId) -> {
                    events.add("sms sent");
                    return shop.outbox.send(phone, text, touchId);
                }, shop.outbox, (key, channel) -> "http://localhost:8080/v1/unsubscribe?token=t",
                io.winback.dynamo.CapacityMeter.NONE);

        shop.clock.set(java.time.OffsetDateTime.parse("2026-12-05" + Shop.MOSCOW_10AM).toInstant());
        shop.check.handleRequest(Map.of("scheduledTime", "2026-12-05" + Shop.MOSCOW_10AM), null);
        worker.handleRequest(SqsEvents.ofWorkItems(List.copyOf(shop.queue), "m-"), null);

        assertEquals(1, shop.smsTo("anna").size(), "the step went out");
        assertEquals(List.of("touch claimed as sending", "sms sent", "touch sent", "episode moved on",
                "bonus granted"), events.stream().distinct().toList(), "every write of the step: " + events);
        assertEquals(1, events.stream().filter(e -> e.startsWith("episode")).count(),
                "the episode is written once, start and first step together: " + events);
    }

    /**
     * What a write does to the step, or nothing for a write that is not part of it (reads, indexes, logs); a
     * transaction by the put it carries.
     */
    private static java.util.Optional<String> describe(Object request) {
        Map<String, AttributeValue> item;
        if (request instanceof software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest transaction) {
            // An episode's save with what it adds to the campaign report's kept figures: the save is its put.
            return transaction.transactItems().stream().filter(write -> write.put() != null)
                    .map(write -> describe(PutItemRequest.builder().tableName(write.put().tableName())
                            .item(write.put().item()).build()))
                    .flatMap(java.util.Optional::stream).findFirst();
        }
        if (request instanceof PutItemRequest put) {
            item = put.item();
        } else if (request instanceof UpdateItemRequest update) {
            item = update.key();
            if (update.tableName().contains("ustomers") && update.updateExpression() != null
                    && update.updateExpression().contains("bonus")) {
                return java.util.Optional.of("bonus granted");
            }
        } else {
            return java.util.Optional.empty();
        }
        AttributeValue sk = item.get("sk");
        String sortKey = sk == null ? "" : sk.s();
        if (sortKey.startsWith("touch#")) {
            AttributeValue status = item.get("status");
            String state = status == null ? "?" : status.s();
            boolean claim = request instanceof PutItemRequest put && put.conditionExpression() != null
                    && put.conditionExpression().startsWith("attribute_not_exists");
            return java.util.Optional.of(switch (state) {
                case "claimed", "pending" -> "touch claimed";
                default -> (claim ? "touch claimed as " : "touch ") + state;
            });
        }
        if (sortKey.startsWith("bonus#grant#")) {
            return java.util.Optional.of("bonus granted");
        }
        if (sortKey.startsWith("episode#")) {
            AttributeValue step = item.get("nextStep");
            return java.util.Optional.of(step != null && !"0".equals(step.n()) ? "episode moved on"
                    : "episode started");
        }
        if (item.containsKey("bonusGrants")) {
            return java.util.Optional.of("bonus granted");
        }
        return java.util.Optional.empty();
    }
}
