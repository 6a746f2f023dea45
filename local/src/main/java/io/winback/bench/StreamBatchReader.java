package io.winback.bench;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.AttributeValue;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads in the probe the stream batches {@link ColdStartInputs} wrote (the Sales stream's and the Chains stream's), with plain JDK streams and the event classes'
 * setters, as light as the Lambda runtime handing a built event over: nothing of Winback or the SDK is touched.
 */
final class StreamBatchReader {
    private StreamBatchReader() {
    }

    /** The {@code call}-th batch of the file: one INSERT record of one sale. */
    static DynamodbEvent batch(Path file, int call) {
        return nth(file, call, in -> {
            StreamRecord stream = new StreamRecord();
            stream.setNewImage(readImage(in));
            stream.setSequenceNumber(Integer.toString(call + 1));
            DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
            record.setEventName("INSERT");
            record.setDynamodb(stream);
            return record;
        });
    }

    /**
     * The {@code call}-th batch of a file of the Chains stream's records ({@link ColdStartInputs#writeChange}): one
     * record, with its event id, name, sequence number and both images.
     */
    static DynamodbEvent changes(Path file, int call) {
        return nth(file, call, in -> {
            DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
            record.setEventID(in.readUTF());
            record.setEventName(in.readUTF());
            StreamRecord stream = new StreamRecord();
            stream.setSequenceNumber(in.readUTF());
            stream.setOldImage(in.readBoolean() ? readImage(in) : null);
            stream.setNewImage(in.readBoolean() ? readImage(in) : null);
            record.setDynamodb(stream);
            return record;
        });
    }

    private interface RecordReader {
        DynamodbEvent.DynamodbStreamRecord read(DataInputStream in) throws IOException;
    }

    /** A batch of the {@code call}-th record of the file, the records before it read past. */
    private static DynamodbEvent nth(Path file, int call, RecordReader reader) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            DynamodbEvent.DynamodbStreamRecord record = null;
            for (int i = 0; i <= call; i++) {
                record = reader.read(in);
            }
            DynamodbEvent event = new DynamodbEvent();
            event.setRecords(List.of(record));
            return event;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, AttributeValue> readImage(DataInputStream in) throws IOException {
        int size = in.readInt();
        Map<String, AttributeValue> image = new HashMap<>();
        for (int i = 0; i < size; i++) {
            image.put(in.readUTF(), readValue(in));
        }
        return image;
    }

    private static AttributeValue readValue(DataInputStream in) throws IOException {
        AttributeValue value = new AttributeValue();
        char tag = (char) in.readByte();
        switch (tag) {
            case 'S' -> value.setS(in.readUTF());
            case 'N' -> value.setN(in.readUTF());
            case 'B' -> value.setBOOL(in.readBoolean());
            case '0' -> value.setNULL(true);
            case 'T' -> value.setSS(texts(in));
            case 'U' -> value.setNS(texts(in));
            case 'M' -> value.setM(readImage(in));
            case 'L' -> {
                int size = in.readInt();
                List<AttributeValue> elements = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    elements.add(readValue(in));
                }
                value.setL(elements);
            }
            default -> throw new IOException("unknown attribute tag " + tag);
        }
        return value;
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        int size = in.readInt();
        List<String> texts = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            texts.add(in.readUTF());
        }
        return texts;
    }
}
