package io.winback.dynamo;

import io.winback.chain.Episode;
import io.winback.chain.Touch;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.util.Map;

/**
 * Episodes and touches as the Chains table stores them, index attributes included, for writers that put many at
 * once with BatchWriteItem (the bench's seeding): the very items {@link DynamoReactivationStore} writes.
 */
public final class EpisodeItems {
    private EpisodeItems() {
    }

    public static Map<String, AttributeValue> episode(Episode episode) {
        return ReactivationItems.episode(episode, Math.max(1, episode.version()));
    }

    public static Map<String, AttributeValue> touch(Touch touch) {
        return ReactivationItems.touch(touch);
    }
}
