package io.winback.dynamo;

import io.winback.chain.Episode;
import io.winback.chain.Episodes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Episodes in the Chains table, in the customer's partition beside their touches, so "this customer's story" is one
 * Query; the due index is sparse, so the daily check reads only what is due.
 */
public final class DynamoEpisodes implements Episodes {
    private final MeteredChainsTable chains;
    private final ShardedDayIndex dueIndex;

    public DynamoEpisodes(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.chains = new MeteredChainsTable(dynamo, table, meter, purpose);
        this.dueIndex = new ShardedDayIndex(dynamo, table, ChainsTable.BY_DUE, ChainsTable.DUE_SHARD,
                ChainsTable.DUE_ON, ChainsTable.DUE_SHARDS, meter, purpose);
    }

    @Override
    public Optional<Episode> episode(String customerKey, String episodeId) {
        return chains.get(EpisodeItems.key(customerKey, episodeId)).map(EpisodeItems::episode);
    }

    @Override
    public List<Episode> episodesOf(String customerKey) {
        return chains.partition(customerKey, EpisodeItems.PREFIX, false).stream().map(EpisodeItems::episode).toList();
    }

    @Override
    public boolean start(Episode episode) {
        return chains.putIfAbsent(EpisodeItems.item(episode, 1));
    }

    @Override
    public boolean saveIfUnchanged(Episode episode) {
        return chains.putIfStill(EpisodeItems.item(episode, episode.version() + 1), EpisodeItems.VERSION,
                AttributeValue.fromN(Long.toString(episode.version())));
    }

    @Override
    public List<DueEpisode> dueBy(LocalDate day) {
        return dueIndex.upTo(day, keys -> {
            String pk = keys.get(ChainsTable.PK).s();
            return new DueEpisode(pk.substring(pk.indexOf('#') + 1),
                    keys.get(ChainsTable.SK).s().substring(EpisodeItems.PREFIX.length()));
        });
    }

    @Override
    public void deleteEpisode(String customerKey, String episodeId) {
        chains.delete(EpisodeItems.key(customerKey, episodeId));
    }
}
