package io.winback.dynamo;

import io.winback.tasks.CallTask;
import io.winback.chain.Channel;
import io.winback.consent.ConsentChange;
import io.winback.chain.Conversion;
import io.winback.chain.Deferrals;
import io.winback.chain.Episode;
import io.winback.chain.EpisodeStatus;
import io.winback.messages.MessageContent;
import io.winback.messages.MessageCharge;
import io.winback.chain.StartFigures;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.chain.Trigger;
import io.winback.domain.PurchaseBand;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.winback.dynamo.Attributes.number;
import static io.winback.dynamo.Attributes.putNumber;
import static io.winback.dynamo.Attributes.putObject;
import static io.winback.dynamo.Attributes.putText;
import static io.winback.dynamo.Attributes.text;
import static io.winback.dynamo.Attributes.wholeNumber;

/** Episodes, touches, call tasks and consent changes as Chains table items (see {@link ChainsTable}). */
final class ReactivationItems {
    static final String EPISODE = "episode#";
    static final String TOUCH = "touch#";
    static final String CONSENT = "consent#";
    static final String TASK = "task#";
    static final String TASK_SK = "task";

    private ReactivationItems() {
    }

    static Map<String, AttributeValue> episodeKey(String customerKey, String episodeId) {
        return Map.of(ChainsTable.PK, AttributeValue.fromS(ChainsTable.customerPk(customerKey)),
                ChainsTable.SK, AttributeValue.fromS(EPISODE + episodeId));
    }

    static Map<String, AttributeValue> touchKey(String customerKey, String touchId) {
        return Map.of(ChainsTable.PK, AttributeValue.fromS(ChainsTable.customerPk(customerKey)),
                ChainsTable.SK, AttributeValue.fromS(TOUCH + touchId));
    }

    static Map<String, AttributeValue> taskKey(String taskId) {
        return Map.of(ChainsTable.PK, AttributeValue.fromS(TASK + taskId), ChainsTable.SK, AttributeValue.fromS(TASK_SK));
    }

    /**
     * The byOpenTask partition of every store's tasks in {@code status}: {@code open}, or {@code done} for the closed
     * ones (the index kept its first name when closed tasks joined it, since renaming an index replaces it).
     */
    static String allStores(String status) {
        return status;
    }

    /** The byTaskQueue partition of a store's tasks in {@code status}; tasks of no known store share the one of "". */
    static String queue(String status, String store) {
        return status + "#" + (store == null ? "" : store);
    }

    /** The sort key of a done task in its lists: when it was closed, then its id (read newest first). */
    static String doneSort(Instant doneAt, String taskId) {
        return doneAt + "#" + taskId;
    }

    static Map<String, AttributeValue> episode(Episode e, long version) {
        Map<String, AttributeValue> item = new HashMap<>(episodeKey(e.customerKey(), e.id()));
        putText(item, "customerKey", e.customerKey());
        putText(item, "episodeId", e.id());
        putText(item, "chainId", e.chainId());
        putNumber(item, "configVersion", e.configVersion());
        putText(item, "segment", e.segment().label());
        item.put("holdout", AttributeValue.fromBool(e.holdout()));
        putObject(item, "startedAt", e.startedAt());
        putObject(item, "lastPurchaseBefore", e.lastPurchaseBefore());
        putText(item, "status", e.status().wireName());
        putNumber(item, "nextStep", e.nextStep());
        putObject(item, "notBefore", e.notBefore());
        putText(item, "endReason", e.endReason());
        putNumber(item, "version", version);
        if (e.figures() != null) {
            putNumber(item, "startAverageCheck", e.figures().averageCheck());
            putNumber(item, "startMargin", e.figures().margin());
        }
        if (e.isActive() && e.dueOn() != null) {
            // Only active episodes are in the sparse due index.
            putText(item, ChainsTable.DUE_ON, e.dueOn().toString());
            putText(item, ChainsTable.DUE_SHARD, Integer.toString(Math.floorMod(e.customerKey().hashCode(),
                    ChainsTable.DUE_SHARDS)));
        }
        putStart(item, e.customerKey(), e.id());
        if (!e.deferrals().byStep().isEmpty()) {
            Map<String, AttributeValue> steps = new HashMap<>();
            e.deferrals().byStep().forEach((step, reasons) -> {
                Map<String, AttributeValue> counts = new HashMap<>();
                reasons.forEach((reason, n) -> counts.put(reason, AttributeValue.fromN(Integer.toString(n))));
                steps.put(Integer.toString(step), AttributeValue.fromM(counts));
            });
            item.put("deferrals", AttributeValue.fromM(steps));
        }
        Conversion c = e.conversion();
        if (c != null) {
            Map<String, AttributeValue> conversion = new HashMap<>();
            putText(conversion, "touchId", c.touchId());
            putNumber(conversion, "step", c.step());
            putText(conversion, "saleId", c.saleId());
            putObject(conversion, "at", c.at());
            putNumber(conversion, "revenue", c.revenue());
            putNumber(conversion, "bonusRedeemed", c.bonusRedeemed());
            item.put("conversion", AttributeValue.fromM(conversion));
        }
        return item;
    }

    static Episode episode(Map<String, AttributeValue> item) {
        Conversion conversion = null;
        AttributeValue c = item.get("conversion");
        if (c != null && c.hasM()) {
            Map<String, AttributeValue> m = c.m();
            conversion = new Conversion(text(m, "touchId"), (int) wholeNumber(m, "step", 0), text(m, "saleId"),
                    instant(m, "at"), number(m, "revenue"), number(m, "bonusRedeemed"));
        }
        Map<Integer, Map<String, Integer>> deferrals = new HashMap<>();
        AttributeValue d = item.get("deferrals");
        if (d != null && d.hasM()) {
            d.m().forEach((step, reasons) -> {
                Map<String, Integer> counts = new HashMap<>();
                reasons.m().forEach((reason, n) -> counts.put(reason, Integer.parseInt(n.n())));
                deferrals.put(Integer.parseInt(step), counts);
            });
        }
        String dueOn = text(item, ChainsTable.DUE_ON);
        return new Episode(text(item, "customerKey"), text(item, "episodeId"), text(item, "chainId"),
                (int) wholeNumber(item, "configVersion", 0), PurchaseBand.fromLabel(text(item, "segment")),
                item.get("holdout").bool(), instant(item, "startedAt"), instant(item, "lastPurchaseBefore"),
                EpisodeStatus.fromWireName(text(item, "status")), (int) wholeNumber(item, "nextStep", 0),
                dueOn == null ? null : LocalDate.parse(dueOn), instant(item, "notBefore"), text(item, "endReason"),
                conversion, new Deferrals(deferrals), wholeNumber(item, "version", 0),
                item.containsKey("startMargin") ? new StartFigures(number(item, "startAverageCheck"),
                        number(item, "startMargin")) : null);
    }

    static Map<String, AttributeValue> touch(Touch t) {
        Map<String, AttributeValue> item = new HashMap<>(touchKey(t.customerKey(), t.id()));
        putText(item, "customerKey", t.customerKey());
        putText(item, "episodeId", t.episodeId());
        putNumber(item, "step", t.step());
        putText(item, "status", t.status().wireName());
        putText(item, "channel", t.channel() == null ? null : t.channel().wireName());
        putObject(item, "at", t.at());
        putNumber(item, "bonusAmount", t.bonusAmount());
        putObject(item, "bonusUntil", t.bonusUntil());
        putObject(item, "windowEnd", t.windowEnd());
        putText(item, "providerMessageId", t.providerMessageId());
        putText(item, "reason", t.reason());
        putObject(item, "sendingSince", t.sendingSince());
        if (t.message() != null) {
            // What the customer got: their data export shows it; erasing them removes it.
            putText(item, "subject", t.message().subject());
            putText(item, "text", t.message().body());
        }
        if (t.charge() != null) {
            putNumber(item, "chargeParts", t.charge().parts());
            putNumber(item, "chargeUnitPrice", t.charge().unitPrice());
        }
        if (t.status().isFinal()) {
            // Only a settled touch is filed for the campaign report, which counts nothing else: the claim and the
            // "sending" mark then cost no index write (the index projects whole items, a write unit each).
            putStart(item, t.customerKey(), t.episodeId());
        }
        return item;
    }

    static Touch touch(Map<String, AttributeValue> item) {
        String channel = text(item, "channel");
        return new Touch(text(item, "customerKey"), text(item, "episodeId"), (int) wholeNumber(item, "step", 0),
                TouchStatus.fromWireName(text(item, "status")), channel == null ? null : Channel.fromWireName(channel),
                instant(item, "at"), number(item, "bonusAmount"), instant(item, "bonusUntil"),
                instant(item, "windowEnd"), text(item, "providerMessageId"), text(item, "reason"),
                instant(item, "sendingSince"), messageOf(item), item.containsKey("chargeUnitPrice")
                ? new MessageCharge((int) wholeNumber(item, "chargeParts", 1), number(item, "chargeUnitPrice")) : null);
    }

    private static MessageContent messageOf(Map<String, AttributeValue> item) {
        String text = text(item, "text");
        return text == null ? null : new MessageContent(text(item, "subject"), text);
    }

    static Map<String, AttributeValue> task(CallTask t) {
        Map<String, AttributeValue> item = new HashMap<>(taskKey(t.id()));
        putText(item, "taskId", t.id());
        putText(item, "customerKey", t.customerKey());
        putText(item, "store", t.store());
        putText(item, "name", t.name());
        putText(item, "phone", t.phone());
        putText(item, "segment", t.segment());
        putObject(item, "lastVisitDay", t.lastVisitDay());
        putNumber(item, "averageCheck", t.averageCheck());
        putNumber(item, "touchesSoFar", t.touchesSoFar());
        putText(item, "reason", t.reason());
        putObject(item, "createdAt", t.createdAt());
        putObject(item, "deadline", t.deadline());
        putText(item, "status", t.status());
        putText(item, "outcome", t.outcome());
        putText(item, "comment", t.comment());
        putObject(item, "doneAt", t.doneAt());
        // Tasks by store and of all stores: open ones soonest deadline first, done ones by when they were closed.
        putText(item, ChainsTable.TASK_QUEUE, queue(t.status(), t.store()));
        putText(item, ChainsTable.OPEN_TASK, allStores(t.status()));
        putText(item, ChainsTable.TASK_SORT, t.isOpen() ? t.deadline() + "#" + t.id() : doneSort(t.doneAt(), t.id()));
        return item;
    }

    static CallTask task(Map<String, AttributeValue> item) {
        String lastVisit = text(item, "lastVisitDay");
        return new CallTask(text(item, "taskId"), text(item, "customerKey"), text(item, "store"), text(item, "name"),
                text(item, "phone"), text(item, "segment"), lastVisit == null ? null : LocalDate.parse(lastVisit),
                money(number(item, "averageCheck")), (int) wholeNumber(item, "touchesSoFar", 0), text(item, "reason"),
                instant(item, "createdAt"), instant(item, "deadline"), text(item, "status"), text(item, "outcome"),
                text(item, "comment"), instant(item, "doneAt"));
    }

    /** A refused statement has a key of its own: it never overwrites a change made at the same moment. */
    static Map<String, AttributeValue> consentKey(ConsentChange c) {
        return Map.of(ChainsTable.PK, AttributeValue.fromS(ChainsTable.customerPk(c.customerKey())),
                ChainsTable.SK, AttributeValue.fromS(CONSENT + c.at() + "#" + c.channel().wireName()
                        + (c.applied() ? "" : "#refused")));
    }

    static Map<String, AttributeValue> consent(ConsentChange c) {
        Map<String, AttributeValue> item = new HashMap<>(consentKey(c));
        putText(item, "channel", c.channel().wireName());
        item.put("granted", AttributeValue.fromBool(c.granted()));
        putObject(item, "at", c.at());
        putText(item, "source", c.source());
        putText(item, "textVersion", c.textVersion());
        if (!c.applied()) {
            item.put("applied", AttributeValue.fromBool(false));
        }
        putText(item, "note", c.note());
        return item;
    }

    static ConsentChange consent(String customerKey, Map<String, AttributeValue> item) {
        AttributeValue applied = item.get("applied");
        return new ConsentChange(customerKey, Channel.fromWireName(text(item, "channel")), item.get("granted").bool(),
                instant(item, "at"), text(item, "source"), text(item, "textVersion"),
                applied == null || applied.bool(), text(item, "note"));
    }

    /**
     * Puts an episode's or touch item in the sparse byStart index: shard by customer (like the due index), sort key
     * {@code <day entered>#<customer>#<sk>}, so a customer's episode comes right before its touches. The day is the
     * occasion's, from the episode id, so a touch needs nothing but its own id to be filed with its episode.
     */
    private static void putStart(Map<String, AttributeValue> item, String customerKey, String episodeId) {
        LocalDate entered = Trigger.Occasion.dayOf(episodeId);
        if (entered == null) {
            return;
        }
        putText(item, ChainsTable.START_SHARD, startShardOf(customerKey));
        putText(item, ChainsTable.START_SORT, entered + "#" + customerKey + "#" + item.get(ChainsTable.SK).s());
    }

    static String startShardOf(String customerKey) {
        return Integer.toString(Math.floorMod(customerKey.hashCode(), ChainsTable.START_SHARDS));
    }

    /** DynamoDB keeps 1450.50 as 1450.5; staff read money with its kopecks. */
    private static BigDecimal money(BigDecimal amount) {
        return amount == null || amount.scale() >= 2 ? amount : amount.setScale(2);
    }

    private static Instant instant(Map<String, AttributeValue> item, String name) {
        String value = text(item, name);
        return value == null ? null : Instant.parse(value);
    }
}
