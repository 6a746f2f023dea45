package io.winback.dynamo;

import io.winback.chain.Trigger;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.Map;

import static io.winback.dynamo.Attributes.putText;

/** How episodes are filed in the sparse byStart index, which the sent log and the dashboard read. */
final class StartIndexItems {
    private StartIndexItems() {
    }

    /**
     * Puts an episode item in the sparse byStart index: shard by customer (like the due index), sort key
     * {@code <day entered>#<customer>#<sk>}, so a customer's episodes of a day come together. The day is the
     * occasion's, from the episode id.
     */
    static void file(Map<String, AttributeValue> item, String customerKey, String episodeId) {
        LocalDate entered = Trigger.Occasion.dayOf(episodeId);
        if (entered == null) {
            return;
        }
        putText(item, ChainsTable.START_SHARD, shardOf(customerKey));
        putText(item, ChainsTable.START_SORT, entered + "#" + customerKey + "#" + item.get(ChainsTable.SK).s());
    }

    static String shardOf(String customerKey) {
        return Integer.toString(Math.floorMod(customerKey.hashCode(), ChainsTable.START_SHARDS));
    }
}
