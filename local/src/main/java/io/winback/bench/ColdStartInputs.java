package io.winback.bench;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.models.dynamodb.StreamRecord;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.dynamo.LambdaStreamImages;
import io.winback.dynamo.SaleItems;
import io.winback.security.WebhookSignature;
import io.winback.snapstart.Priming;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The requests a probe sends, made in the bench's own JVM as the POS (signed webhook bodies) and the Sales stream
 * (stream batches) make them elsewhere: building them inside the probe would load and warm Winback's own classes
 * (the signature, the sale item mapper) before the clock starts, and the first invocation would look cheaper than
 * it is. The probe only reads them back, with JDK classes.
 */
final class ColdStartInputs {
    /** One first call and the warm calls after it, each a new sale so that none is a duplicate. */
    static final int CALLS = 1 + ColdStartProbe.WARM_CALLS;

    private ColdStartInputs() {
    }

    /** Writes the requests of {@code function} into {@code file}: the customer API needs none (its request is built in the probe). */
    static void write(String function, Path file, String webhookSecret) throws IOException {
        switch (function) {
            case "ingest-sales" -> Files.write(file, signedBodies(webhookSecret), StandardCharsets.UTF_8);
            case "customer-stats" -> {
                try (OutputStream out = Files.newOutputStream(file); ObjectOutputStream objects = new ObjectOutputStream(out)) {
                    ArrayList<DynamodbEvent> batches = new ArrayList<>();
                    for (int i = 0; i < CALLS; i++) {
                        batches.add(streamBatch());
                    }
                    objects.writeObject(batches);
                }
            }
            default -> Files.writeString(file, "");
        }
    }

    /** One line per call: the signature header, a tab, the body. */
    private static List<String> signedBodies(String secret) {
        List<String> lines = new ArrayList<>();
        long now = Instant.now().getEpochSecond();
        for (int i = 0; i < CALLS; i++) {
            String body = Priming.SAMPLE_SALE.replace("\n", " ").replace("\"" + Priming.NEVER_A_KEY + "\",\"storeId\"",
                    "\"coldstart-" + UUID.randomUUID() + "\",\"storeId\"");
            lines.add(WebhookSignature.sign(secret, now, body.getBytes(StandardCharsets.UTF_8)) + "\t" + body);
        }
        return lines;
    }

    private static DynamodbEvent streamBatch() {
        Sale sample = Priming.sampleSale();
        Sale sale = new Sale("coldstart-" + UUID.randomUUID(), sample.type(), null, sample.storeId(),
                sample.occurredAt(), new SaleCustomer("coldstart-customer", null, null, null, null, null, null, null, null),
                sample.lines(), sample.total(), sample.currency(), sample.bonusRedeemed());
        StreamRecord stream = new StreamRecord();
        stream.setNewImage(LambdaStreamImages.of(SaleItems.toItem(sale, "coldstart", ZoneOffset.UTC)));
        stream.setSequenceNumber("1");
        DynamodbEvent.DynamodbStreamRecord record = new DynamodbEvent.DynamodbStreamRecord();
        record.setEventName("INSERT");
        record.setDynamodb(stream);
        DynamodbEvent event = new DynamodbEvent();
        event.setRecords(List.of(record));
        return event;
    }
}
