package io.winback.worker;

import io.winback.campaign.CampaignDefinition;
import io.winback.chain.ChainStep;
import io.winback.chain.Contacts;
import io.winback.chain.Episode;
import io.winback.chain.PurchaseEndsEpisode;
import io.winback.chain.StepFacts;
import io.winback.chain.Touch;
import io.winback.chain.Touches;
import io.winback.chain.Trigger;
import io.winback.domain.Customer;
import io.winback.domain.CustomerRefs;
import io.winback.domain.PurchaseBandPolicy;
import io.winback.tasks.CallTaskCard;
import io.winback.tasks.CallTasks;

import java.time.Clock;

/**
 * The calls an episode's steps ask staff to make: a task opened once under the step's touch id, with what staff need
 * to make the call (the customer's language, band, most visited store, what the chain sent them so far, why: the trigger's
 * sentence, a campaign's by its name); and closed
 * as {@code came_back} when a purchase ends the episode, so nobody phones a customer who is back.
 */
final class EpisodeCallTasks {
    private final CallTasks tasks;
    private final Touches touches;
    private final PurchaseLookup purchases;
    private final CustomerRefs refs;
    private final PurchaseBandPolicy bands;
    private final EpisodeChains chains;
    private final Clock clock;

    EpisodeCallTasks(CallTasks tasks, Touches touches, PurchaseLookup purchases, CustomerRefs refs,
                     PurchaseBandPolicy bands, EpisodeChains chains, Clock clock) {
        this.chains = chains;
        this.tasks = tasks;
        this.touches = touches;
        this.purchases = purchases;
        this.refs = refs;
        this.bands = bands;
        this.clock = clock;
    }

    /** Opens the call task of {@code step}, whose touch is {@code touch}; a repeat changes nothing. */
    void open(StepFacts known, ChainStep step, Touch touch) {
        Customer customer = known.customer().orElseThrow();
        Contacts contacts = Contacts.of(customer, known.emailChannel());
        String campaignName = Trigger.Campaign.campaignOf(known.episode().id()).flatMap(chains::definition)
                .map(CampaignDefinition::name).orElse(null);
        tasks.openTask(CallTaskCard.of(refs, customer, contacts.language(),
                purchases.mostVisitedStore(customer.key()), touch, step.call(), known.touches(), bands,
                known.chain().trigger(), campaignName, known.episode()));
    }

    /** Closes the calls still open for an episode a purchase ended; an episode ended otherwise keeps them. */
    void closeIfBought(Episode ended) {
        PurchaseEndsEpisode.closeCallTasks(touches, tasks, refs, ended, clock.instant());
    }
}
