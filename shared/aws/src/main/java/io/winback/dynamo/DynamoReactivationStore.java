package io.winback.dynamo;

import io.winback.tasks.CallOutcome;
import io.winback.tasks.CallTask;
import io.winback.consent.ConsentChange;
import io.winback.consent.ConsentLedger;
import io.winback.chain.Episode;
import io.winback.chain.ReactivationStore;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reactivation chains' records in the Chains table. A customer's episodes and touches share one partition, so
 * "this customer's story" is one Query; the due index is sparse, so the daily check reads only what is due.
 */
public final class DynamoReactivationStore implements ReactivationStore, ConsentLedger {
    private final DynamoDbClient dynamo;
    private final String table;
    private final CapacityMeter meter;
    private final String purpose;
    private final ShardedDayIndex dueIndex;

    public DynamoReactivationStore(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.dynamo = dynamo;
        this.table = table;
        this.meter = meter;
        this.purpose = purpose;
        this.dueIndex = new ShardedDayIndex(dynamo, table, ChainsTable.BY_DUE, ChainsTable.DUE_SHARD,
                ChainsTable.DUE_ON, ChainsTable.DUE_SHARDS, meter, purpose);
    }

    @Override
    public Optional<Episode> episode(String customerKey, String episodeId) {
        return get(ReactivationItems.episodeKey(customerKey, episodeId)).map(ReactivationItems::episode);
    }

    @Override
    public List<Episode> episodesOf(String customerKey) {
        return partition(customerKey, ReactivationItems.EPISODE).stream().map(ReactivationItems::episode).toList();
    }

    @Override
    public boolean start(Episode episode) {
        return conditionalPut(ReactivationItems.episode(episode, 1), "attribute_not_exists(#pk)",
                Map.of("#pk", ChainsTable.PK), Map.of());
    }

    @Override
    public boolean saveIfUnchanged(Episode episode) {
        return conditionalPut(ReactivationItems.episode(episode, episode.version() + 1), "#v = :v",
                Map.of("#v", "version"), Map.of(":v", AttributeValue.fromN(Long.toString(episode.version()))));
    }

    @Override
    public List<DueEpisode> dueBy(LocalDate day) {
        return dueIndex.upTo(day, keys -> {
            String pk = keys.get(ChainsTable.PK).s();
            return new DueEpisode(pk.substring(pk.indexOf('#') + 1),
                    keys.get(ChainsTable.SK).s().substring(ReactivationItems.EPISODE.length()));
        });
    }

    @Override
    public Optional<Touch> touch(String customerKey, String touchId) {
        return get(ReactivationItems.touchKey(customerKey, touchId)).map(ReactivationItems::touch);
    }

    @Override
    public List<Touch> touchesOf(String customerKey) {
        return partition(customerKey, ReactivationItems.TOUCH).stream().map(ReactivationItems::touch).toList();
    }

    @Override
    public boolean claim(Touch touch) {
        return conditionalPut(ReactivationItems.touch(touch), "attribute_not_exists(#pk)",
                Map.of("#pk", ChainsTable.PK), Map.of());
    }

    @Override
    public boolean advance(Touch touch, TouchStatus expected) {
        return conditionalPut(ReactivationItems.touch(touch), "#s = :s", Map.of("#s", "status"),
                Map.of(":s", AttributeValue.fromS(expected.wireName())));
    }

    @Override
    public void openTask(CallTask task) {
        conditionalPut(ReactivationItems.task(task), "attribute_not_exists(#pk)", Map.of("#pk", ChainsTable.PK),
                Map.of());
    }

    /**
     * One Query of the store's partition of the sparse byTaskQueue index (all stores: of byOpenTask), sort key
     * {@code <deadline>#<id>} for open tasks and {@code <doneAt>#<id>} for done ones, read backwards. It asks for one
     * task more than the page holds, so a page that ends the list says so (no cursor) instead of sending the caller
     * to an empty page; the cursor is then the last shown task's key, just what DynamoDB's LastEvaluatedKey would
     * have been had the Query stopped there. The index is eventually consistent: a task closed a moment ago may
     * still be listed for a moment.
     */
    @Override
    public TaskPage tasks(String status, String store, int limit, String cursor) {
        TaskQueueCursor.Queue queue = store == null
                ? new TaskQueueCursor.Queue(ChainsTable.BY_OPEN_TASK, ChainsTable.OPEN_TASK, ReactivationItems.allStores(status))
                : new TaskQueueCursor.Queue(ChainsTable.BY_TASK_QUEUE, ChainsTable.TASK_QUEUE,
                ReactivationItems.queue(status, store));
        Map<String, AttributeValue> start = cursor == null ? null : TaskQueueCursor.startKey(cursor, queue);
        var response = dynamo.query(b -> b.tableName(table).indexName(queue.index())
                .keyConditionExpression("#q = :q")
                .expressionAttributeNames(Map.of("#q", queue.attribute()))
                .expressionAttributeValues(Map.of(":q", AttributeValue.fromS(queue.value())))
                .scanIndexForward(CallTask.OPEN.equals(status))
                .limit(limit + 1)
                .exclusiveStartKey(start)
                .returnConsumedCapacity(meter.perIndex()));
        meter.recordRead(purpose, response.consumedCapacity());
        List<Map<String, AttributeValue>> items = response.items();
        String next = null;
        if (items.size() > limit) {
            items = items.subList(0, limit);
            next = TaskQueueCursor.after(items.getLast(), queue);
        } else if (response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()) {
            // The Query stopped at DynamoDB's 1 MB before filling the page: more may follow.
            next = TaskQueueCursor.after(response.lastEvaluatedKey(), queue);
        }
        return new TaskPage(items.stream().map(ReactivationItems::task).toList(), next);
    }

    @Override
    public Optional<CallTask> task(String taskId) {
        return get(ReactivationItems.taskKey(taskId)).map(ReactivationItems::task);
    }

    /**
     * One conditional UpdateItem: status done, outcome, comment and doneAt set, the index attributes moved from the
     * open lists to the done ones. When the task is not open any more, DynamoDB hands back the item as it was
     * (ReturnValuesOnConditionCheckFailure), so telling "closed before" from "no such task" needs no second read.
     * The store's done list is named after the store the task belongs to, which the update cannot compute from the
     * item: the store is read first (one read of a small item), and the condition still guards the close.
     */
    @Override
    public TaskClosing closeTask(String taskId, CallOutcome outcome, String comment, Instant doneAt) {
        Optional<CallTask> before = task(taskId);
        if (before.isEmpty()) {
            return new TaskClosing.NoSuchTask();
        }
        Map<String, String> names = new HashMap<>(Map.of("#pk", ChainsTable.PK, "#status", "status",
                "#outcome", "outcome", "#doneAt", "doneAt", "#queue", ChainsTable.TASK_QUEUE,
                "#sort", ChainsTable.TASK_SORT, "#all", ChainsTable.OPEN_TASK));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":open", AttributeValue.fromS(CallTask.OPEN),
                ":done", AttributeValue.fromS(CallTask.DONE), ":outcome", AttributeValue.fromS(outcome.wireName()),
                ":doneAt", AttributeValue.fromS(doneAt.toString()),
                ":doneQueue", AttributeValue.fromS(ReactivationItems.queue(CallTask.DONE, before.get().store())),
                ":doneAll", AttributeValue.fromS(ReactivationItems.allStores(CallTask.DONE)),
                ":doneSort", AttributeValue.fromS(ReactivationItems.doneSort(doneAt, taskId))));
        String set = "SET #status = :done, #outcome = :outcome, #doneAt = :doneAt";
        if (comment != null) {
            names.put("#comment", "comment");
            values.put(":comment", AttributeValue.fromS(comment));
            set += ", #comment = :comment";
        }
        String update = set + ", #queue = :doneQueue, #all = :doneAll, #sort = :doneSort";
        try {
            var response = dynamo.updateItem(b -> b.tableName(table).key(ReactivationItems.taskKey(taskId))
                    .updateExpression(update)
                    .conditionExpression("attribute_exists(#pk) AND #status = :open")
                    .expressionAttributeNames(names).expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                    .returnConsumedCapacity(meter.perIndex()));
            meter.recordWrite(purpose, response.consumedCapacity());
            return new TaskClosing.Closed(ReactivationItems.task(response.attributes()));
        } catch (ConditionalCheckFailedException notOpen) {
            return notOpen.hasItem() && !notOpen.item().isEmpty()
                    ? new TaskClosing.AlreadyClosed(ReactivationItems.task(notOpen.item()))
                    : new TaskClosing.NoSuchTask();
        }
    }

    @Override
    public List<CallTask> tasksOf(String customerKey, io.winback.domain.CustomerRefs refs) {
        List<CallTask> tasks = new ArrayList<>();
        // Every touch, whatever its status: the worker opens a task before it marks the touch call_task.
        for (Touch touch : touchesOf(customerKey)) {
            task(CallTask.idOf(refs, customerKey, touch.id()))
                    .or(() -> task(CallTask.legacyIdOf(customerKey, touch.id())))
                    .ifPresent(tasks::add);
        }
        return tasks;
    }

    @Override
    public void deleteTask(String taskId) {
        delete(ReactivationItems.taskKey(taskId));
    }

    @Override
    public void deleteTouch(String customerKey, String touchId) {
        delete(ReactivationItems.touchKey(customerKey, touchId));
    }

    @Override
    public void deleteEpisode(String customerKey, String episodeId) {
        delete(ReactivationItems.episodeKey(customerKey, episodeId));
    }

    @Override
    public void deleteConsent(ConsentChange change) {
        delete(ReactivationItems.consentKey(change));
    }

    private void delete(Map<String, AttributeValue> key) {
        var response = dynamo.deleteItem(b -> b.tableName(table).key(key).returnConsumedCapacity(meter.perIndex()));
        meter.recordWrite(purpose, response.consumedCapacity());
    }

    @Override
    public void record(ConsentChange change) {
        recordConsent(change);
    }

    @Override
    public void recordConsent(ConsentChange change) {
        var response = dynamo.putItem(b -> b.tableName(table).item(ReactivationItems.consent(change))
                .returnConsumedCapacity(meter.perIndex()));
        meter.recordWrite(purpose, response.consumedCapacity());
    }

    /**
     * One Query of the customer's partition, sort keys {@code consent#<time>#<channel>} backwards. Instants written
     * with and without fractions of a second do not sort as text (".5Z" before "Z"), so the page is also put in
     * time order, newest first; the Query's direction only spares the sort most of its work.
     */
    @Override
    public List<ConsentChange> consentHistory(String customerKey) {
        List<ConsentChange> history = new ArrayList<>();
        var pages = dynamo.queryPaginator(b -> b.tableName(table).consistentRead(true).scanIndexForward(false)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", ChainsTable.PK, "#sk", ChainsTable.SK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(ChainsTable.customerPk(customerKey)),
                        ":prefix", AttributeValue.fromS(ReactivationItems.CONSENT)))
                .returnConsumedCapacity(meter.total()));
        for (var page : pages) {
            meter.recordRead(purpose, page.consumedCapacity());
            page.items().forEach(item -> history.add(ReactivationItems.consent(customerKey, item)));
        }
        history.sort(Comparator.comparing(ConsentChange::at).reversed());
        return history;
    }

    private Optional<Map<String, AttributeValue>> get(Map<String, AttributeValue> key) {
        var response = dynamo.getItem(b -> b.tableName(table).key(key).consistentRead(true)
                .returnConsumedCapacity(meter.total()));
        meter.recordRead(purpose, response.consumedCapacity());
        return response.hasItem() && !response.item().isEmpty() ? Optional.of(response.item()) : Optional.empty();
    }

    private List<Map<String, AttributeValue>> partition(String customerKey, String prefix) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        var pages = dynamo.queryPaginator(b -> b.tableName(table).consistentRead(true)
                .keyConditionExpression("#pk = :pk AND begins_with(#sk, :prefix)")
                .expressionAttributeNames(Map.of("#pk", ChainsTable.PK, "#sk", ChainsTable.SK))
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(ChainsTable.customerPk(customerKey)),
                        ":prefix", AttributeValue.fromS(prefix)))
                .returnConsumedCapacity(meter.total()));
        for (var page : pages) {
            meter.recordRead(purpose, page.consumedCapacity());
            items.addAll(page.items());
        }
        return items;
    }

    private boolean conditionalPut(Map<String, AttributeValue> item, String condition, Map<String, String> names,
                                   Map<String, AttributeValue> values) {
        try {
            var response = dynamo.putItem(b -> {
                b.tableName(table).item(item).conditionExpression(condition).expressionAttributeNames(names)
                        .returnConsumedCapacity(meter.perIndex());
                if (!values.isEmpty()) {
                    b.expressionAttributeValues(values);
                }
            });
            meter.recordWrite(purpose, response.consumedCapacity());
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }
}
