package io.winback.chain;

import io.winback.domain.Customer;
import io.winback.domain.Sale;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything an episode's due step is decided from, read just before it is decided.
 *
 * @param episode            the episode as read
 * @param customer           the customer as stored; empty when gone (then nothing else is read: {@code chain} is
 *                           null, the rest empty)
 * @param chain              the episode's chain, in the configuration version it started under
 * @param touches            all of the customer's touches, of every episode (the frequency cap counts them all)
 * @param firstPurchaseSince the customer's first receipt after {@link StepPlanner#purchasesAfter(Episode)} that
 *                           counts for the chain's trigger ({@link ConvertingPurchase}), from their own history
 *                           (it may show a purchase the stats have not applied yet)
 * @param emailChannel       whether Winback has a sender identity for email; without one email is never chosen
 * @param pausedChannels     the channels a provider said are paused, in this run
 * @param runTime            the run the work item belongs to: a touch taken now is stamped with it
 * @param wallClock          the clock now: later than {@code runTime} for a backfill, a redrive or a backlog
 * @param occasionTakenBack  the purchase that started the episode was returned whole since (a cross-sell's, see
 *                           {@link CrossSellConditions#returnedWhole}): no step of it is taken any more
 */
public record StepFacts(Episode episode, Optional<Customer> customer, Chain chain, List<Touch> touches,
                        Optional<Sale> firstPurchaseSince, boolean emailChannel, Set<Channel> pausedChannels,
                        Instant runTime, Instant wallClock, boolean occasionTakenBack) {

    public StepFacts {
        touches = List.copyOf(touches);
        pausedChannels = Set.copyOf(pausedChannels);
    }

    /** The facts of an episode whose occasion stands (every trigger's but a cross-sell's always does). */
    public StepFacts(Episode episode, Optional<Customer> customer, Chain chain, List<Touch> touches,
                     Optional<Sale> firstPurchaseSince, boolean emailChannel, Set<Channel> pausedChannels,
                     Instant runTime, Instant wallClock) {
        this(episode, customer, chain, touches, firstPurchaseSince, emailChannel, pausedChannels, runTime, wallClock,
                false);
    }

    /** The facts when the customer is gone: nothing else is worth reading. */
    public static StepFacts customerGone(Episode episode, Instant runTime, Instant wallClock) {
        return new StepFacts(episode, Optional.empty(), null, List.of(), Optional.empty(), false, Set.of(), runTime,
                wallClock, false);
    }

    /** The episode's own touches. */
    public List<Touch> touchesOfEpisode() {
        return touches.stream().filter(t -> t.episodeId().equals(episode.id())).toList();
    }
}
