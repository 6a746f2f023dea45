package io.winback.dynamo;

import io.winback.tasks.CallOutcome;
import io.winback.tasks.CallTask;
import io.winback.tasks.CallTasks;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Call tasks in the Chains table, one item each ({@code task#<id>}), listed through the sparse byTaskQueue (a store's
 * tasks by status) and byOpenTask (every store's) indexes.
 */
public final class DynamoCallTasks implements CallTasks {
    private final MeteredChainsTable chains;

    public DynamoCallTasks(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.chains = new MeteredChainsTable(dynamo, table, meter, purpose);
    }

    @Override
    public void openTask(CallTask task) {
        chains.putIfAbsent(CallTaskItems.item(task));
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
        Map<String, String> names = new HashMap<>(Map.of("#pk", ChainsTable.PK, "#status", CallTaskItems.STATUS,
                "#outcome", CallTaskItems.OUTCOME, "#doneAt", CallTaskItems.DONE_AT, "#queue", ChainsTable.TASK_QUEUE,
                "#sort", ChainsTable.TASK_SORT, "#all", ChainsTable.OPEN_TASK));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":open", AttributeValue.fromS(CallTask.OPEN),
                ":done", AttributeValue.fromS(CallTask.DONE), ":outcome", AttributeValue.fromS(outcome.wireName()),
                ":doneAt", AttributeValue.fromS(doneAt.toString()),
                ":doneQueue", AttributeValue.fromS(CallTaskItems.queue(CallTask.DONE, before.get().store())),
                ":doneAll", AttributeValue.fromS(CallTaskItems.allStores(CallTask.DONE)),
                ":doneSort", AttributeValue.fromS(CallTaskItems.doneSort(doneAt, taskId))));
        String set = "SET #status = :done, #outcome = :outcome, #doneAt = :doneAt";
        if (comment != null) {
            names.put("#comment", CallTaskItems.COMMENT);
            values.put(":comment", AttributeValue.fromS(comment));
            set += ", #comment = :comment";
        }
        String update = set + ", #queue = :doneQueue, #all = :doneAll, #sort = :doneSort";
        try {
            var response = chains.dynamo().updateItem(b -> b.tableName(chains.table()).key(CallTaskItems.key(taskId))
                    .updateExpression(update)
                    .conditionExpression("attribute_exists(#pk) AND #status = :open")
                    .expressionAttributeNames(names).expressionAttributeValues(values)
                    .returnValues(ReturnValue.ALL_NEW)
                    .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
                    .returnConsumedCapacity(chains.meter().perIndex()));
            chains.meter().recordWrite(chains.purpose(), response.consumedCapacity());
            return new TaskClosing.Closed(CallTaskItems.task(response.attributes()));
        } catch (ConditionalCheckFailedException notOpen) {
            return notOpen.hasItem() && !notOpen.item().isEmpty()
                    ? new TaskClosing.AlreadyClosed(CallTaskItems.task(notOpen.item()))
                    : new TaskClosing.NoSuchTask();
        }
    }

    @Override
    public void deleteTask(String taskId) {
        chains.delete(CallTaskItems.key(taskId));
    }
}
