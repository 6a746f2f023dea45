package io.winback.dynamo;

import io.winback.chain.Conversion;
import io.winback.chain.Deferrals;
import io.winback.chain.Episode;
import io.winback.chain.EpisodeStatus;
import io.winback.chain.StartFigures;
import io.winback.domain.PurchaseBand;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.winback.dynamo.Attributes.instant;
import static io.winback.dynamo.Attributes.number;
import static io.winback.dynamo.Attributes.putNumber;
import static io.winback.dynamo.Attributes.putObject;
import static io.winback.dynamo.Attributes.putText;
import static io.winback.dynamo.Attributes.text;
import static io.winback.dynamo.Attributes.wholeNumber;

/**
 * An episode as a Chains table item ({@code customer#<key>} / {@code episode#<id>}, see {@link ChainsTable}), index
 * attributes included: the due index while it is active, the byStart index for the campaign report. Public for
 * writers that put many at once with BatchWriteItem (the bench's seeding): the very items {@link DynamoEpisodes} writes.
 */
public final class EpisodeItems {
    static final String PREFIX = "episode#";
    static final String CUSTOMER_KEY = "customerKey";
    static final String EPISODE_ID = "episodeId";
    static final String CHAIN_ID = "chainId";
    static final String CONFIG_VERSION = "configVersion";
    /** The purchase-count band the customer was in, by its label (the item kept the name "segment"). */
    static final String BAND = "segment";
    static final String HOLDOUT = "holdout";
    static final String STARTED_AT = "startedAt";
    static final String LAST_PURCHASE_BEFORE = "lastPurchaseBefore";
    static final String STATUS = "status";
    static final String NEXT_STEP = "nextStep";
    static final String NOT_BEFORE = "notBefore";
    static final String END_REASON = "endReason";
    static final String VERSION = "version";
    static final String START_AVERAGE_CHECK = "startAverageCheck";
    static final String START_MARGIN = "startMargin";
    static final String DEFERRALS = "deferrals";
    static final String CONVERSION = "conversion";
    /** The attributes of the conversion map. */
    static final String TOUCH_ID = "touchId";
    static final String STEP = "step";
    static final String SALE_ID = "saleId";
    static final String AT = "at";
    static final String REVENUE = "revenue";
    static final String BONUS_REDEEMED = "bonusRedeemed";

    private EpisodeItems() {
    }

    /** The item of {@code episode} as stored at its version (a new one as version 1). */
    public static Map<String, AttributeValue> item(Episode episode) {
        return item(episode, Math.max(1, episode.version()));
    }

    static Map<String, AttributeValue> key(String customerKey, String episodeId) {
        return ChainsTable.customerItemKey(customerKey, PREFIX + episodeId);
    }

    static Map<String, AttributeValue> item(Episode e, long version) {
        Map<String, AttributeValue> item = new HashMap<>(key(e.customerKey(), e.id()));
        putText(item, CUSTOMER_KEY, e.customerKey());
        putText(item, EPISODE_ID, e.id());
        putText(item, CHAIN_ID, e.chainId());
        putNumber(item, CONFIG_VERSION, e.configVersion());
        // A birthday chain serves a customer with no purchase yet, who has no band.
        putText(item, BAND, e.band() == null ? null : e.band().label());
        item.put(HOLDOUT, AttributeValue.fromBool(e.holdout()));
        putObject(item, STARTED_AT, e.startedAt());
        putObject(item, LAST_PURCHASE_BEFORE, e.lastPurchaseBefore());
        putText(item, STATUS, e.status().wireName());
        putNumber(item, NEXT_STEP, e.nextStep());
        putObject(item, NOT_BEFORE, e.notBefore());
        putText(item, END_REASON, e.endReason());
        putNumber(item, VERSION, version);
        if (e.figures() != null) {
            putNumber(item, START_AVERAGE_CHECK, e.figures().averageCheck());
            putNumber(item, START_MARGIN, e.figures().margin());
        }
        if (e.isActive() && e.dueOn() != null) {
            // Only active episodes are in the sparse due index.
            putText(item, ChainsTable.DUE_ON, e.dueOn().toString());
            putText(item, ChainsTable.DUE_SHARD, Integer.toString(Math.floorMod(e.customerKey().hashCode(),
                    ChainsTable.DUE_SHARDS)));
        }
        StartIndexItems.file(item, e.customerKey(), e.id());
        if (!e.deferrals().byStep().isEmpty()) {
            Map<String, AttributeValue> steps = new HashMap<>();
            e.deferrals().byStep().forEach((step, reasons) -> {
                Map<String, AttributeValue> counts = new HashMap<>();
                reasons.forEach((reason, n) -> counts.put(reason, AttributeValue.fromN(Integer.toString(n))));
                steps.put(Integer.toString(step), AttributeValue.fromM(counts));
            });
            item.put(DEFERRALS, AttributeValue.fromM(steps));
        }
        Conversion c = e.conversion();
        if (c != null) {
            Map<String, AttributeValue> conversion = new HashMap<>();
            putText(conversion, TOUCH_ID, c.touchId());
            putNumber(conversion, STEP, c.step());
            putText(conversion, SALE_ID, c.saleId());
            putObject(conversion, AT, c.at());
            putNumber(conversion, REVENUE, c.revenue());
            putNumber(conversion, BONUS_REDEEMED, c.bonusRedeemed());
            item.put(CONVERSION, AttributeValue.fromM(conversion));
        }
        return item;
    }

    static Episode episode(Map<String, AttributeValue> item) {
        Conversion conversion = null;
        AttributeValue c = item.get(CONVERSION);
        if (c != null && c.hasM()) {
            Map<String, AttributeValue> m = c.m();
            conversion = new Conversion(text(m, TOUCH_ID), (int) wholeNumber(m, STEP, 0), text(m, SALE_ID),
                    instant(m, AT), number(m, REVENUE), number(m, BONUS_REDEEMED));
        }
        Map<Integer, Map<String, Integer>> deferrals = new HashMap<>();
        AttributeValue d = item.get(DEFERRALS);
        if (d != null && d.hasM()) {
            d.m().forEach((step, reasons) -> {
                Map<String, Integer> counts = new HashMap<>();
                reasons.m().forEach((reason, n) -> counts.put(reason, Integer.parseInt(n.n())));
                deferrals.put(Integer.parseInt(step), counts);
            });
        }
        String dueOn = text(item, ChainsTable.DUE_ON);
        return new Episode(text(item, CUSTOMER_KEY), text(item, EPISODE_ID), text(item, CHAIN_ID),
                (int) wholeNumber(item, CONFIG_VERSION, 0), text(item, BAND) == null ? null : PurchaseBand.fromLabel(text(item, BAND)),
                item.get(HOLDOUT).bool(), instant(item, STARTED_AT), instant(item, LAST_PURCHASE_BEFORE),
                EpisodeStatus.fromWireName(text(item, STATUS)), (int) wholeNumber(item, NEXT_STEP, 0),
                dueOn == null ? null : LocalDate.parse(dueOn), instant(item, NOT_BEFORE), text(item, END_REASON),
                conversion, new Deferrals(deferrals), wholeNumber(item, VERSION, 0),
                item.containsKey(START_MARGIN) ? new StartFigures(number(item, START_AVERAGE_CHECK),
                        number(item, START_MARGIN)) : null);
    }
}
