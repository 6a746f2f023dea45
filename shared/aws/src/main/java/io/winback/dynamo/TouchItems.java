package io.winback.dynamo;

import io.winback.chain.Channel;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.messages.MessageCharge;
import io.winback.messages.MessageContent;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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
 * A touch as a Chains table item ({@code customer#<key>} / {@code touch#<episode>#<step>}, see {@link ChainsTable}).
 * Public for writers that put many at once with BatchWriteItem (the bench's seeding): the very items
 * {@link DynamoTouches} writes.
 */
public final class TouchItems {
    static final String PREFIX = "touch#";
    static final String CUSTOMER_KEY = "customerKey";
    static final String EPISODE_ID = "episodeId";
    static final String STEP = "step";
    static final String STATUS = "status";
    static final String CHANNEL = "channel";
    static final String AT = "at";
    static final String BONUS_AMOUNT = "bonusAmount";
    static final String BONUS_UNTIL = "bonusUntil";
    static final String WINDOW_END = "windowEnd";
    static final String PROVIDER_MESSAGE_ID = "providerMessageId";
    static final String REASON = "reason";
    static final String SENDING_SINCE = "sendingSince";
    static final String SUBJECT = "subject";
    static final String TEXT = "text";
    static final String CHARGE_PARTS = "chargeParts";
    static final String CHARGE_UNIT_PRICE = "chargeUnitPrice";

    private TouchItems() {
    }

    static Map<String, AttributeValue> key(String customerKey, String touchId) {
        return ChainsTable.customerItemKey(customerKey, PREFIX + touchId);
    }

    public static Map<String, AttributeValue> item(Touch t) {
        Map<String, AttributeValue> item = new HashMap<>(key(t.customerKey(), t.id()));
        putText(item, CUSTOMER_KEY, t.customerKey());
        putText(item, EPISODE_ID, t.episodeId());
        putNumber(item, STEP, t.step());
        putText(item, STATUS, t.status().wireName());
        putText(item, CHANNEL, t.channel() == null ? null : t.channel().wireName());
        putObject(item, AT, t.at());
        putNumber(item, BONUS_AMOUNT, t.bonusAmount());
        putObject(item, BONUS_UNTIL, t.bonusUntil());
        putObject(item, WINDOW_END, t.windowEnd());
        putText(item, PROVIDER_MESSAGE_ID, t.providerMessageId());
        putText(item, REASON, t.reason());
        putObject(item, SENDING_SINCE, t.sendingSince());
        if (t.message() != null) {
            // What the customer got: their data export shows it; erasing them removes it.
            putText(item, SUBJECT, t.message().subject());
            putText(item, TEXT, t.message().body());
        }
        if (t.charge() != null) {
            putNumber(item, CHARGE_PARTS, t.charge().parts());
            putNumber(item, CHARGE_UNIT_PRICE, t.charge().unitPrice());
        }
        return item;
    }

    static Touch touch(Map<String, AttributeValue> item) {
        String channel = text(item, CHANNEL);
        return new Touch(text(item, CUSTOMER_KEY), text(item, EPISODE_ID), (int) wholeNumber(item, STEP, 0),
                TouchStatus.fromWireName(text(item, STATUS)), channel == null ? null : Channel.fromWireName(channel),
                instant(item, AT), number(item, BONUS_AMOUNT), instant(item, BONUS_UNTIL),
                instant(item, WINDOW_END), text(item, PROVIDER_MESSAGE_ID), text(item, REASON),
                instant(item, SENDING_SINCE), messageOf(item), item.containsKey(CHARGE_UNIT_PRICE)
                ? new MessageCharge((int) wholeNumber(item, CHARGE_PARTS, 1), number(item, CHARGE_UNIT_PRICE)) : null);
    }

    private static MessageContent messageOf(Map<String, AttributeValue> item) {
        String text = text(item, TEXT);
        return text == null ? null : new MessageContent(text(item, SUBJECT), text);
    }
}
