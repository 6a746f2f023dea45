package io.winback.bench;

import io.winback.time.WallClock;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.dynamo.SaleItems;
import io.winback.security.WebhookSignature;
import io.winback.snapstart.Priming;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * Writes the requests of {@code function} into {@code file}: the customer API needs none (its request is built in
     * the probe). The stream batches are sales of {@code statsCustomer}.
     */
    static void write(String function, Path file, String webhookSecret, String statsCustomer) throws IOException {
        switch (function) {
            case "ingest-sales" -> Files.write(file, signedBodies(webhookSecret), StandardCharsets.UTF_8);
            case "customer-stats" -> {
                // Stored as the webhook stores a sale: received now (the stats function needs to know when, to bound
                // how long the record may come again).
                String receivedAt = WallClock.utc().instant().toString();
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
                    for (int i = 0; i < CALLS; i++) {
                        writeImage(out, SaleItems.toItem(sale(statsCustomer, Priming.sampleSale().occurredAt()),
                                receivedAt, ZoneOffset.UTC));
                    }
                }
            }
            default -> Files.writeString(file, "");
        }
    }

    /** One line per call: the signature header, a tab, the body. */
    private static List<String> signedBodies(String secret) {
        List<String> lines = new ArrayList<>();
        long now = WallClock.utc().instant().getEpochSecond();
        for (int i = 0; i < CALLS; i++) {
            String body = Priming.SAMPLE_SALE.replace("\n", " ").replace("\"" + Priming.NEVER_A_KEY + "\",\"storeId\"",
                    "\"coldstart-" + UUID.randomUUID() + "\",\"storeId\"");
            lines.add(WebhookSignature.sign(secret, now, body.getBytes(StandardCharsets.UTF_8)) + "\t" + body);
        }
        return lines;
    }

    /** A new sale (its own id) of {@code customer} at {@code occurredAt}, otherwise the priming sample. */
    static Sale sale(String customer, OffsetDateTime occurredAt) {
        Sale sample = Priming.sampleSale();
        return new Sale("coldstart-" + UUID.randomUUID(), sample.type(), null, sample.storeId(), occurredAt,
                new SaleCustomer(customer, null, null, null, null, null, null, null, null),
                sample.lines(), sample.total(), sample.currency(), sample.bonusRedeemed());
    }

    /**
     * A stream record's new image in the few bytes {@link StreamBatchReader} reads back: a tag per value, then its
     * text, its count of entries or its entries. (Java serialisation would do, but warms reflection and class
     * loading in the probe before the clock starts.)
     */
    static void writeImage(DataOutputStream out, Map<String, AttributeValue> item) throws IOException {
        out.writeInt(item.size());
        for (Map.Entry<String, AttributeValue> attribute : item.entrySet()) {
            out.writeUTF(attribute.getKey());
            writeValue(out, attribute.getValue());
        }
    }

    private static void writeValue(DataOutputStream out, AttributeValue value) throws IOException {
        switch (value.type()) {
            case S -> text(out, 'S', value.s());
            case N -> text(out, 'N', value.n());
            case BOOL -> {
                out.writeByte('B');
                out.writeBoolean(value.bool());
            }
            case NUL -> out.writeByte('0');
            case SS -> texts(out, 'T', value.ss());
            case NS -> texts(out, 'U', value.ns());
            case M -> {
                out.writeByte('M');
                writeImage(out, value.m());
            }
            case L -> {
                out.writeByte('L');
                out.writeInt(value.l().size());
                for (AttributeValue element : value.l()) {
                    writeValue(out, element);
                }
            }
            default -> throw new IllegalArgumentException("a sale item has no " + value.type() + " attribute");
        }
    }

    private static void text(DataOutputStream out, char tag, String text) throws IOException {
        out.writeByte(tag);
        out.writeUTF(text);
    }

    private static void texts(DataOutputStream out, char tag, List<String> texts) throws IOException {
        out.writeByte(tag);
        out.writeInt(texts.size());
        for (String text : texts) {
            out.writeUTF(text);
        }
    }
}
