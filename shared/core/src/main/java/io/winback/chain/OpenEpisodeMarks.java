package io.winback.chain;

import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;
import io.winback.retry.Backoff;

import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The mark on a customer's card that they may be in an episode ({@link Customer#mayBeInEpisode()}), whatever its
 * trigger: written before the episode is started, and cleared once it has ended. A sleeper's episode is marked by the
 * worker itself right after it is stored, in the card's write that records the sleep decision (a write fewer per
 * start); a purchase in between is caught at the episode's next step, which ends an episode whose customer bought.
 * The stats function reads the card for every sale anyway, so a purchase of a customer in no episode costs no read
 * of the episodes, and a purchase of one in an episode ends it at once. A mark left behind (a crash between an end
 * and its clearing, a start that found no chain) costs one read of the customer's episodes at their next purchase,
 * which clears it. Each write is conditional on the card's version, as every writer of the card is.
 */
public final class OpenEpisodeMarks {
    private static final int ATTEMPTS = 10;
    private final CustomerStore customers;
    private final Clock clock;

    public OpenEpisodeMarks(CustomerStore customers, Clock clock) {
        this.customers = customers;
        this.clock = clock;
    }

    /**
     * Marks {@code known} (the card as just read: its first write needs no read) as maybe in {@code episodeId};
     * returns the card as saved, or as found when the mark was there already.
     */
    public Customer open(Customer known, String episodeId) {
        return change(known.key(), Optional.of(known), c -> c.withEpisodeOpened(episodeId)).orElse(known);
    }

    /** Clears the mark of {@code episodeId}, which has ended; nothing when the card is gone or was not marked. */
    public void close(String customerKey, String episodeId) {
        change(customerKey, Optional.empty(), c -> c.withEpisodeClosed(episodeId));
    }

    private Optional<Customer> change(String customerKey, Optional<Customer> known, UnaryOperator<Customer> mark) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Customer> read = attempt == 1 && known.isPresent() ? known : customers.find(customerKey);
            if (read.isEmpty()) {
                return read;
            }
            Customer marked = mark.apply(read.get());
            if (marked.openEpisodes().equals(read.get().openEpisodes())) {
                return read;
            }
            if (customers.saveIfUnchanged(marked, clock.instant())) {
                return Optional.of(marked.withVersion(marked.version() + 1));
            }
            Backoff.pause(attempt, 5, "marking a customer's episode");
        }
        throw new IllegalStateException("customer kept changing for " + ATTEMPTS + " attempts");
    }
}
