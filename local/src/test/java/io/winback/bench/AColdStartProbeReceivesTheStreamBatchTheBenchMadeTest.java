package io.winback.bench;

import io.winback.consent.Consent;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.dynamo.StreamImages;
import io.winback.dynamo.SaleItems;
import io.winback.snapstart.Priming;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The probe rebuilds a stream batch from the bench's few bytes; the image must be the one the Lambda runtime would
 * hand over for that sale item, attribute for attribute.
 */
class AColdStartProbeReceivesTheStreamBatchTheBenchMadeTest {

    @Test
    void aSaleItemWithEveryKindOfAttributeComesBackAsTheLambdaImageOfIt() throws Exception {
        Sale sample = Priming.sampleSale();
        Sale sale = new Sale("R-1", sample.type(), null, "store-1", sample.occurredAt(),
                new SaleCustomer("C-1", "+79160000001", "anna@example.com", "card-7", "Анна", null, null, true,
                        new Consent(true, false)),
                sample.lines(), sample.total(), "RUB", sample.bonusRedeemed());
        Map<String, AttributeValue> item = new java.util.HashMap<>(SaleItems.toItem(sale, "2026-11-25T10:00:00Z",
                ZoneId.of("Europe/Moscow")));
        item.put("kinds", AttributeValue.fromSs(List.of("a", "b")));
        item.put("counts", AttributeValue.fromNs(List.of("1", "2.5")));
        item.put("nothing", AttributeValue.fromNul(true));
        item.put("flag", AttributeValue.fromBool(false));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ColdStartInputs.writeImage(new DataOutputStream(bytes), item);
        var read = StreamBatchReader.readImage(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        assertEquals(StreamImages.toLambda(item), read);
    }

    @Test
    void eachCallGetsItsOwnSale(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("stats.in");
        ColdStartInputs.write("customer-stats", file, dir, "unused", "C-7");

        var first = StreamBatchReader.batch(file, 0).getRecords().getFirst();
        var last = StreamBatchReader.batch(file, ColdStartInputs.CALLS - 1).getRecords().getFirst();

        assertEquals("INSERT", first.getEventName());
        assertNotEquals(first.getDynamodb().getNewImage().get(SaleItems.SALE_ID).getS(),
                last.getDynamodb().getNewImage().get(SaleItems.SALE_ID).getS());
    }

    /** The stats function refuses a sale that says neither when it was received nor when it entered the stream. */
    @Test
    void eachSaleSaysWhenTheWebhookReceivedIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("stats.in");
        ColdStartInputs.write("customer-stats", file, dir, "unused", "C-7");

        var record = StreamBatchReader.batch(file, 0).getRecords().getFirst();

        assertNotNull(SaleItems.receivedAt(StreamImages.toSdk(record.getDynamodb().getNewImage())));
    }
}
