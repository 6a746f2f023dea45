package io.winback.testing;

import io.winback.dynamo.StreamImages;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Sales stream as Lambda delivers it, for tests: the items the webhook stored, read back from the table, as one
 * batch of INSERT records with their new images, the way the stats function receives them.
 */
public final class SalesStream {
    private static final AtomicLong SEQUENCE = new AtomicLong(1_000_000);

    private SalesStream() {
    }

    /** A batch of the stored sales, read back by id from {@code salesTable}, in the order given. */
    public static DynamodbEvent batchOf(String salesTable, List<String> saleIds) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (String saleId : saleIds) {
            Map<String, AttributeValue> item = LocalDynamo.item(salesTable, "saleId", saleId);
            if (item == null) {
                throw new IllegalArgumentException("no stored sale " + saleId);
            }
            items.add(item);
        }
        return batchOfItems(items);
    }

    /**
     * A batch of sale items as the webhook writes them ({@code SaleItems.toItem}), as if stored and streamed: for
     * tests that feed the stats many thousands of sales without writing each to the Sales table first.
     */
    public static DynamodbEvent batchOfItems(List<Map<String, AttributeValue>> items) {
        List<DynamodbEvent.DynamodbStreamRecord> records = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            StreamRecord stream = new StreamRecord();
            stream.setKeys(StreamImages.toLambda(Map.of("saleId", item.get("saleId"))));
            stream.setNewImage(StreamImages.toLambda(item));
            stream.setSequenceNumber(Long.toString(SEQUENCE.incrementAndGet()));
            stream.setStreamViewType(com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType.NEW_IMAGE);
            DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
            record.setEventName("INSERT");
            record.setEventSource("aws:dynamodb");
            record.setDynamodb(stream);
            records.add(record);
        }
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(records);
        return event;
    }
}
