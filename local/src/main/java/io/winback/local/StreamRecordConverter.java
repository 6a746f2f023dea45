package io.winback.local;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Record;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns records read with the DynamoDB Streams API into the event Lambda's event source mapping delivers. */
public final class StreamRecordConverter {
    private StreamRecordConverter() {
    }

    public static DynamodbEvent.DynamodbStreamRecord toLambdaRecord(Record record, String streamArn, String region) {
        var sdk = record.dynamodb();
        StreamRecord stream = new StreamRecord();
        stream.setKeys(toLambda(sdk.keys()));
        if (sdk.hasNewImage()) {
            stream.setNewImage(toLambda(sdk.newImage()));
        }
        if (sdk.hasOldImage()) {
            stream.setOldImage(toLambda(sdk.oldImage()));
        }
        stream.setSequenceNumber(sdk.sequenceNumber());
        stream.setSizeBytes(sdk.sizeBytes());
        if (sdk.streamViewTypeAsString() != null) {
            stream.setStreamViewType(com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamViewType
                    .fromValue(sdk.streamViewTypeAsString()));
        }
        if (sdk.approximateCreationDateTime() != null) {
            stream.setApproximateCreationDateTime(Date.from(sdk.approximateCreationDateTime()));
        }
        DynamodbEvent.DynamodbStreamRecord lambdaRecord = new DynamodbEvent.DynamodbStreamRecord();
        lambdaRecord.setEventID(record.eventID());
        lambdaRecord.setEventName(record.eventNameAsString());
        lambdaRecord.setEventVersion(record.eventVersion());
        lambdaRecord.setEventSource("aws:dynamodb");
        lambdaRecord.setAwsRegion(region);
        lambdaRecord.setEventSourceARN(streamArn);
        lambdaRecord.setDynamodb(stream);
        return lambdaRecord;
    }

    public static Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> toLambda(
            Map<String, AttributeValue> item) {
        Map<String, com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue> converted = new HashMap<>();
        item.forEach((name, value) -> converted.put(name, toLambda(value)));
        return converted;
    }

    private static com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue toLambda(AttributeValue v) {
        var out = new com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue();
        switch (v.type()) {
            case S -> out.setS(v.s());
            case N -> out.setN(v.n());
            case BOOL -> out.setBOOL(v.bool());
            case NUL -> out.setNULL(true);
            case B -> out.setB(v.b().asByteBuffer());
            case SS -> out.setSS(v.ss());
            case NS -> out.setNS(v.ns());
            case BS -> out.setBS(v.bs().stream().map(SdkBytes::asByteBuffer).toList());
            case M -> out.setM(toLambda(v.m()));
            case L -> out.setL(v.l().stream().map(StreamRecordConverter::toLambda).toList());
            default -> throw new IllegalArgumentException("unsupported attribute type " + v.type());
        }
        return out;
    }

    static List<DynamodbEvent.DynamodbStreamRecord> onlyInserts(List<DynamodbEvent.DynamodbStreamRecord> records) {
        return records.stream().filter(r -> "INSERT".equals(r.getEventName())).toList();
    }
}
