package io.winback.testing;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.ArrayList;
import java.util.HashMap;
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
        List<DynamodbEvent.DynamodbStreamRecord> records = new ArrayList<>();
        for (String saleId : saleIds) {
            Map<String, AttributeValue> item = LocalDynamo.item(salesTable, "saleId", saleId);
            if (item == null) {
                throw new IllegalArgumentException("no stored sale " + saleId);
            }
            StreamRecord stream = new StreamRecord();
            stream.setKeys(toLambda(Map.of("saleId", item.get("saleId"))));
            stream.setNewImage(toLambda(item));
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

    private static Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> toLambda(
            Map<String, AttributeValue> item) {
        Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> out = new HashMap<>();
        item.forEach((name, value) -> out.put(name, toLambda(value)));
        return out;
    }

    private static com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue toLambda(AttributeValue v) {
        var out = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
        switch (v.type()) {
            case S -> out.setS(v.s());
            case N -> out.setN(v.n());
            case BOOL -> out.setBOOL(v.bool());
            case NS -> out.setNS(v.ns());
            case M -> out.setM(toLambda(v.m()));
            case L -> out.setL(v.l().stream().map(SalesStream::toLambda).toList());
            default -> throw new IllegalArgumentException("sales hold no attribute of type " + v.type());
        }
        return out;
    }
}
