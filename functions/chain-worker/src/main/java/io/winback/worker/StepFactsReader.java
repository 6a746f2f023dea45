package io.winback.worker;

import io.winback.chain.Chain;
import io.winback.chain.ConvertingPurchase;
import io.winback.chain.CrossSellConditions;
import io.winback.chain.Episode;
import io.winback.chain.StepDecision;
import io.winback.chain.StepFacts;
import io.winback.chain.StepPlanner;
import io.winback.chain.Touches;
import io.winback.chain.Trigger;
import io.winback.cycles.GroupPurchaseRecords;
import io.winback.domain.Customer;
import io.winback.domain.Sale;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Reads what a due step is decided from: the customer, the episode's chain, the customer's touches and their first
 * receipt since the episode's last known purchase, in that order, and for a cross-sell chain whether its purchase was
 * returned whole; for a customer that is gone, nothing more. The
 * same facts tell whether a purchase has ended an episode, due or not.
 */
final class StepFactsReader {
    private final Touches touches;
    private final EpisodeChains chains;
    private final CustomerUpdates customerUpdates;
    private final PurchaseLookup purchases;
    private final GroupPurchaseRecords groupPurchases;
    private final Messengers messengers;
    private final PausedChannels paused;
    private final Clock clock;

    StepFactsReader(Touches touches, EpisodeChains chains, CustomerUpdates customerUpdates,
                    PurchaseLookup purchases, GroupPurchaseRecords groupPurchases, Messengers messengers,
                    PausedChannels paused, Clock clock) {
        this.groupPurchases = groupPurchases;
        this.touches = touches;
        this.chains = chains;
        this.customerUpdates = customerUpdates;
        this.purchases = purchases;
        this.messengers = messengers;
        this.paused = paused;
        this.clock = clock;
    }

    StepFacts read(String customerKey, Episode episode, Instant runTime) {
        Optional<Customer> customer = customerUpdates.find(customerKey);
        if (customer.isEmpty()) {
            return StepFacts.customerGone(episode, runTime, clock.instant());
        }
        Chain chain = chainOf(episode);
        var ofCustomer = touches.touchesOf(customer.get().key());
        Optional<Sale> since = firstPurchaseSince(customer.get().key(), episode, chain);
        return new StepFacts(episode, customer, chain, ofCustomer, since, messengers.email() != null,
                paused.in(runTime), runTime, clock.instant(), occasionTakenBack(customerKey, episode, chain));
    }

    /**
     * Whether a cross-sell episode's purchase was returned whole since it started (one read of the customer's
     * purchase days of its group, for a cross-sell chain's due step only); any other trigger's occasion stands.
     */
    private boolean occasionTakenBack(String customerKey, Episode episode, Chain chain) {
        if (!(chain.trigger() instanceof Trigger.Bought bought)) {
            return false;
        }
        LocalDate purchaseDay = Trigger.Occasion.dayOf(episode.id());
        return purchaseDay != null && CrossSellConditions.returnedWhole(
                groupPurchases.find(customerKey, List.of(bought.group())).get(bought.group()), purchaseDay, List.of());
    }

    /**
     * What ends the episode because the customer bought since it began, read for the backstop whether or not a step
     * is due: the customer, then (for an active episode of a customer who exists) the episode's chain (its
     * configuration version is read once per worker), their touches and first receipt since the episode's last known
     * purchase that counts for the chain's trigger; empty when no purchase ends it.
     *
     * @param read the episode as just read; empty when it is gone
     */
    Optional<StepDecision.End> endedByPurchase(String customerKey, Optional<Episode> read) {
        Optional<Customer> customer = customerUpdates.find(customerKey);
        if (read.isEmpty() || !read.get().isActive() || customer.isEmpty()) {
            return Optional.empty();
        }
        Chain chain = chainOf(read.get());
        var ofCustomer = touches.touchesOf(customerKey);
        return StepPlanner.endedByPurchase(read.get(), chain.trigger(), customer.get(), ofCustomer,
                firstPurchaseSince(customer.get().key(), read.get(), chain));
    }

    /** The episode's chain, or its campaign's steps ({@link EpisodeChains}). */
    private Chain chainOf(Episode episode) {
        return chains.chainOf(episode);
    }

    /**
     * The customer's first receipt since the episode's last known purchase that counts for the chain's trigger
     * (any purchase, or one containing its group), from their own history.
     */
    private Optional<Sale> firstPurchaseSince(String customerKey, Episode episode, Chain chain) {
        return purchases.firstPurchaseAfter(customerKey, StepPlanner.purchasesAfter(episode),
                sale -> ConvertingPurchase.counts(chain.trigger(), sale));
    }
}
