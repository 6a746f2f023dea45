package io.winback.dynamo;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.validation.InvalidCursorException;
import io.winback.json.Json;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * The opaque cursor of a store's open-task list: the byTaskQueue Query's last evaluated key as URL-safe Base64 JSON.
 * A cursor is read back only if it is such a key of the same store's queue, so a cursor edited by hand or carried
 * over to another store is refused (400) rather than sent to DynamoDB or answered with another store's tasks.
 */
final class TaskQueueCursor {

    /** One list of open tasks: the index, its partition attribute and the partition's value. */
    record Queue(String index, String attribute, String value) {
        List<String> keyNames() {
            return List.of(ChainsTable.PK, ChainsTable.SK, attribute, ChainsTable.TASK_SORT);
        }
    }

    private TaskQueueCursor() {
    }

    /** The cursor after {@code item}: its table and index keys, which is what DynamoDB's LastEvaluatedKey holds. */
    static String after(Map<String, AttributeValue> item, Queue queue) {
        Map<String, String> key = new LinkedHashMap<>();
        for (String name : queue.keyNames()) {
            key.put(name, item.get(name).s());
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.write(key).getBytes(StandardCharsets.UTF_8));
    }

    /** The ExclusiveStartKey of the page after {@code cursor} in {@code queue}. */
    static Map<String, AttributeValue> startKey(String cursor, Queue queue) {
        List<String> keyNames = queue.keyNames();
        JsonNode key;
        try {
            key = Json.readTree(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new InvalidCursorException("cursor is not one this API returned");
        }
        if (key == null || !key.isObject() || key.size() != keyNames.size()) {
            throw new InvalidCursorException("cursor is not one this API returned");
        }
        Map<String, AttributeValue> start = new LinkedHashMap<>();
        for (String name : keyNames) {
            JsonNode value = key.get(name);
            if (value == null || !value.isTextual()) {
                throw new InvalidCursorException("cursor is not one this API returned");
            }
            start.put(name, AttributeValue.fromS(value.asText()));
        }
        if (!start.get(ChainsTable.PK).s().startsWith(CallTaskItems.PREFIX)
                || !CallTaskItems.SK.equals(start.get(ChainsTable.SK).s())) {
            throw new InvalidCursorException("cursor is not one this API returned");
        }
        if (!queue.value().equals(start.get(queue.attribute()).s())) {
            throw new InvalidCursorException("cursor belongs to another store's list");
        }
        return start;
    }
}
