package io.winback.dynamo;

import io.winback.erasure.Tombstone;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.winback.dynamo.Attributes.map;
import static io.winback.dynamo.Attributes.putObject;
import static io.winback.dynamo.Attributes.text;

/**
 * A tombstone as a Customers table item under the pseudonym: {@code erasedAt} marks it (no card has one), and
 * {@code firstPurchaseAt} has the card's attribute name, so the metrics' read of first purchases finds it for the
 * pseudonym the erased receipts carry. No phone, card, sleep day or decision: it is in none of the table's indexes.
 */
final class TombstoneItems {
    static final String ERASED_AT = "erasedAt";
    private static final String ERASED = "erased";
    private static final String FINISHED = "erasureFinished";

    private TombstoneItems() {
    }

    static boolean isTombstone(Map<String, AttributeValue> item) {
        return item.containsKey(ERASED_AT);
    }

    static Map<String, AttributeValue> toItem(Tombstone tombstone) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put(CustomerItems.CUSTOMER_KEY, AttributeValue.fromS(tombstone.erasedAs()));
        putObject(item, ERASED_AT, tombstone.erasedAt());
        putObject(item, CustomerItems.FIRST_PURCHASE_AT, tombstone.firstPurchaseAt());
        Map<String, AttributeValue> erased = new HashMap<>();
        tombstone.erased().forEach((eraser, count) -> erased.put(eraser, AttributeValue.fromN(count.toString())));
        item.put(ERASED, AttributeValue.fromM(erased));
        item.put(FINISHED, AttributeValue.fromBool(tombstone.finished()));
        return item;
    }

    static Tombstone fromItem(Map<String, AttributeValue> item) {
        String first = text(item, CustomerItems.FIRST_PURCHASE_AT);
        Map<String, Integer> erased = new LinkedHashMap<>();
        map(item, ERASED).forEach((eraser, count) -> erased.put(eraser, Integer.parseInt(count.n())));
        AttributeValue finished = item.get(FINISHED);
        return new Tombstone(text(item, CustomerItems.CUSTOMER_KEY), Instant.parse(text(item, ERASED_AT)),
                first == null ? null : Instant.parse(first), erased, finished != null && finished.bool());
    }
}
