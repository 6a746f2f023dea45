package io.winback.dynamo;

import io.winback.tasks.CallOutcome;
import io.winback.tasks.CallTask;
import io.winback.tasks.CallTasks;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import io.winback.retry.Backoff;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Call tasks in the Chains table, one item each ({@code task#<id>}), listed through the sparse byTaskQueue (a store's
 * tasks by status) and byOpenTask (every store's) indexes; each open and close of a task with an origin adds to its
 * counter ({@link CallCountItems}) in the same transaction, which {@link DynamoCountedCalls} reads.
 */
public final class DynamoCallTasks implements CallTasks {
    /** How often a transaction another writer held is tried in all. */
    private static final int TRIES = 8;
    private final MeteredChainsTable chains;

    public DynamoCallTasks(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.chains = new MeteredChainsTable(dynamo, table, meter, purpose);
    }

    /**
     * A task with an origin is put, on the condition that none has its id, in one transaction with the ADD of one to
     * its counter of opened calls: a retried open fails its condition and counts nothing. A transaction another
     * writer held (the counter is shared by the day's calls of a chain) is tried again.
     */
    @Override
    public void openTask(CallTask task) {
        Map<String, AttributeValue> item = CallTaskItems.item(task);
        if (task.origin() == null) {
            chains.putIfAbsent(item);
            return;
        }
        for (int attempt = 0; ; attempt++) {
            boolean written = chains.transactIf(List.of(
                    TransactWriteItem.builder().put(p -> p.tableName(chains.table()).item(item)
                            .conditionExpression("attribute_not_exists(#pk)")
                            .expressionAttributeNames(Map.of("#pk", ChainsTable.PK))).build(),
                    CallCountItems.add(task.origin(), CallCountItems.OPENED, chains.table())));
            if (written || task(task.id()).isPresent()) {
                return;
            }
            giveUpAfter(attempt, "opening a call task");
        }
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
                ? new TaskQueueCursor.Queue(ChainsTable.BY_OPEN_TASK, ChainsTable.OPEN_TASK, CallTaskItems.allStores(status))
                : new TaskQueueCursor.Queue(ChainsTable.BY_TASK_QUEUE, ChainsTable.TASK_QUEUE,
                CallTaskItems.queue(status, store));
        Map<String, AttributeValue> start = cursor == null ? null : TaskQueueCursor.startKey(cursor, queue);
        var response = chains.dynamo().query(b -> b.tableName(chains.table()).indexName(queue.index())
                .keyConditionExpression("#q = :q")
                .expressionAttributeNames(Map.of("#q", queue.attribute()))
                .expressionAttributeValues(Map.of(":q", AttributeValue.fromS(queue.value())))
                .scanIndexForward(CallTask.OPEN.equals(status))
                .limit(limit + 1)
                .exclusiveStartKey(start)
                .returnConsumedCapacity(chains.meter().perIndex()));
        chains.meter().recordRead(chains.purpose(), response.consumedCapacity());
        List<Map<String, AttributeValue>> items = response.items();
        String next = null;
        if (items.size() > limit) {
            items = items.subList(0, limit);
            next = TaskQueueCursor.after(items.getLast(), queue);
        } else if (response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()) {
            // The Query stopped at DynamoDB's 1 MB before filling the page: more may follow.
            next = TaskQueueCursor.after(response.lastEvaluatedKey(), queue);
        }
        return new TaskPage(items.stream().map(CallTaskItems::task).toList(), next);
    }

    @Override
    public Optional<CallTask> task(String taskId) {
        return chains.get(CallTaskItems.key(taskId)).map(CallTaskItems::task);
    }

    /**
     * One transaction: the task's conditional update (status done, outcome, comment and doneAt set, the index
     * attributes moved from the open lists to the done ones; only if it is still open) and, for a task with an
     * origin, the ADD of one to its counter of that outcome, so only the close that succeeds counts. The store's done
     * list is named after the task's store, which the update cannot compute from the item: the task is read first
     * (one read of a small item), and the condition still guards the close. When the transaction fails, the task is
     * read again: closed by then (a retry, or another writer first) it is {@code AlreadyClosed}; still open, another
     * transaction held an item, and the close is tried again.
     */
    @Override
    public TaskClosing closeTask(String taskId, CallOutcome outcome, String comment, Instant doneAt) {
        Optional<CallTask> current = task(taskId);
        for (int attempt = 0; ; attempt++) {
            if (current.isEmpty()) {
                return new TaskClosing.NoSuchTask();
            }
            CallTask before = current.get();
            if (!before.isOpen()) {
                return new TaskClosing.AlreadyClosed(before);
            }
            List<TransactWriteItem> writes = new ArrayList<>();
            writes.add(close(before, outcome, comment, doneAt));
            if (before.origin() != null) {
                writes.add(CallCountItems.add(before.origin(), outcome.wireName(), chains.table()));
            }
            if (chains.transactIf(writes)) {
                return new TaskClosing.Closed(before.closedAs(outcome, comment, doneAt));
            }
            current = task(taskId);
            if (current.isPresent() && current.get().isOpen()) {
                giveUpAfter(attempt, "closing a call task");
            }
        }
    }

    private TransactWriteItem close(CallTask before, CallOutcome outcome, String comment, Instant doneAt) {
        String taskId = before.id();
        Map<String, String> names = new HashMap<>(Map.of("#pk", ChainsTable.PK, "#status", CallTaskItems.STATUS,
                "#outcome", CallTaskItems.OUTCOME, "#doneAt", CallTaskItems.DONE_AT, "#queue", ChainsTable.TASK_QUEUE,
                "#sort", ChainsTable.TASK_SORT, "#all", ChainsTable.OPEN_TASK));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":open", AttributeValue.fromS(CallTask.OPEN),
                ":done", AttributeValue.fromS(CallTask.DONE), ":outcome", AttributeValue.fromS(outcome.wireName()),
                ":doneAt", AttributeValue.fromS(doneAt.toString()),
                ":doneQueue", AttributeValue.fromS(CallTaskItems.queue(CallTask.DONE, before.store())),
                ":doneAll", AttributeValue.fromS(CallTaskItems.allStores(CallTask.DONE)),
                ":doneSort", AttributeValue.fromS(CallTaskItems.doneSort(doneAt, taskId))));
        String set = "SET #status = :done, #outcome = :outcome, #doneAt = :doneAt";
        if (comment != null) {
            names.put("#comment", CallTaskItems.COMMENT);
            values.put(":comment", AttributeValue.fromS(comment));
            set += ", #comment = :comment";
        }
        String update = set + ", #queue = :doneQueue, #all = :doneAll, #sort = :doneSort";
        return TransactWriteItem.builder().update(u -> u.tableName(chains.table()).key(CallTaskItems.key(taskId))
                .updateExpression(update).conditionExpression("attribute_exists(#pk) AND #status = :open")
                .expressionAttributeNames(names).expressionAttributeValues(values)).build();
    }

    /** Pauses before another try of a transaction another writer held; gives up after {@link #TRIES}. */
    private static void giveUpAfter(int attempt, String what) {
        if (attempt + 1 >= TRIES) {
            throw new IllegalStateException(what + ": other writers held its items " + TRIES + " times running");
        }
        Backoff.pause(attempt, 20, what);
    }

    @Override
    public void deleteTask(String taskId) {
        chains.delete(CallTaskItems.key(taskId));
    }
}
