package io.winback.local;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import io.winback.dynamo.StreamImages;
import software.amazon.awssdk.services.dynamodb.model.Record;

import java.util.Date;
import java.util.List;

/** Turns records read with the DynamoDB Streams API into the event Lambda's event source mapping delivers. */
public final class StreamRecordConverter {
    private StreamRecordConverter() {
    }

    public static DynamodbEvent.DynamodbStreamRecord toLambdaRecord(Record record, String streamArn, String region) {
        var sdk = record.dynamodb();
        StreamRecord stream = new StreamRecord();
        stream.setKeys(StreamImages.toLambda(sdk.keys()));
        if (sdk.hasNewImage()) {
            stream.setNewImage(StreamImages.toLambda(sdk.newImage()));
        }
        if (sdk.hasOldImage()) {
            stream.setOldImage(StreamImages.toLambda(sdk.oldImage()));
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

    static List<DynamodbEvent.DynamodbStreamRecord> onlyInserts(List<DynamodbEvent.DynamodbStreamRecord> records) {
        return records.stream().filter(r -> "INSERT".equals(r.getEventName())).toList();
    }
}
