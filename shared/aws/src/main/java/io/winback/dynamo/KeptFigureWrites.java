package io.winback.dynamo;

import io.winback.report.reactivation.EpisodeFigures;
import io.winback.report.reactivation.KeptFigure;
import io.winback.retry.Backoff;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A change of an episode and what it adds to the kept figures, written in one transaction: the change is conditional
 * (the episode absent, or at the version read), so a retry, a redelivery or a concurrent worker that lost the race
 * writes neither, and the figures move exactly once per change made. Another transaction holding the same figure
 * (two workers counting on one day) only delays it: the write is tried again.
 */
final class KeptFigureWrites {
    private static final int ATTEMPTS = 40;
    private final MeteredChainsTable chains;

    KeptFigureWrites(MeteredChainsTable chains) {
        this.chains = chains;
    }

    /**
     * Writes {@code changes} (conditional puts or updates of episodes) with {@code figures}; false, and nothing
     * written, if a condition failed.
     */
    boolean write(List<TransactWriteItem> changes, Map<KeptFigure.Key, Map<String, BigDecimal>> figures) {
        List<TransactWriteItem> items = new ArrayList<>(changes);
        EpisodeFigures.tidy(figures).forEach((key, counters) -> items.add(KeptFigureItems.add(key, counters, chains.table())));
        for (int attempt = 1; ; attempt++) {
            try {
                var response = chains.dynamo().transactWriteItems(b -> b.transactItems(items)
                        .returnConsumedCapacity(chains.meter().perIndex()));
                if (response.hasConsumedCapacity()) {
                    response.consumedCapacity().forEach(consumed -> chains.meter().recordWrite(chains.purpose(),
                            consumed));
                }
                return true;
            } catch (TransactionCanceledException cancelled) {
                List<String> codes = cancelled.hasCancellationReasons() ? cancelled.cancellationReasons().stream()
                        .map(CancellationReason::code).toList() : List.of();
                if (codes.contains("ConditionalCheckFailed")) {
                    return false;
                }
                boolean conflict = codes.stream().anyMatch("TransactionConflict"::equals);
                if (!conflict || attempt >= ATTEMPTS) {
                    throw cancelled;
                }
                Backoff.pause(attempt, 5, "counting an episode's change");
            }
        }
    }
}
