package io.winback.dynamo;

import io.winback.chain.Channel;
import io.winback.consent.ConsentChange;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.HashMap;
import java.util.Map;

import static io.winback.dynamo.Attributes.instant;
import static io.winback.dynamo.Attributes.putObject;
import static io.winback.dynamo.Attributes.putText;
import static io.winback.dynamo.Attributes.text;

/** A consent change as a Chains table item ({@code customer#<key>} / {@code consent#<time>#<channel>}). */
final class ConsentItems {
    static final String PREFIX = "consent#";
    static final String CHANNEL = "channel";
    static final String GRANTED = "granted";
    static final String AT = "at";
    static final String SOURCE = "source";
    static final String TEXT_VERSION = "textVersion";
    /** Present (false) only on a statement that was refused. */
    static final String APPLIED = "applied";
    static final String NOTE = "note";

    private ConsentItems() {
    }

    /** A refused statement has a key of its own: it never overwrites a change made at the same moment. */
    static Map<String, AttributeValue> key(ConsentChange c) {
        return ChainsTable.customerItemKey(c.customerKey(),
                PREFIX + c.at() + "#" + c.channel().wireName() + (c.applied() ? "" : "#refused"));
    }

    static Map<String, AttributeValue> item(ConsentChange c) {
        Map<String, AttributeValue> item = new HashMap<>(key(c));
        putText(item, CHANNEL, c.channel().wireName());
        item.put(GRANTED, AttributeValue.fromBool(c.granted()));
        putObject(item, AT, c.at());
        putText(item, SOURCE, c.source());
        putText(item, TEXT_VERSION, c.textVersion());
        if (!c.applied()) {
            item.put(APPLIED, AttributeValue.fromBool(false));
        }
        putText(item, NOTE, c.note());
        return item;
    }

    static ConsentChange change(String customerKey, Map<String, AttributeValue> item) {
        AttributeValue applied = item.get(APPLIED);
        return new ConsentChange(customerKey, Channel.fromWireName(text(item, CHANNEL)), item.get(GRANTED).bool(),
                instant(item, AT), text(item, SOURCE), text(item, TEXT_VERSION),
                applied == null || applied.bool(), text(item, NOTE));
    }
}
