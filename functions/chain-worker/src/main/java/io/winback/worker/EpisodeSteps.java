package io.winback.worker;

import io.winback.tasks.CallTaskCard;
import io.winback.messages.MessageText;

import io.winback.bonus.BonusGrant;
import io.winback.chain.BonusValidity;
import io.winback.chain.Chain;
import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.ChainStep;
import io.winback.chain.Channel;
import io.winback.consent.ConsentChange;
import io.winback.chain.Contacts;
import io.winback.chain.ConversionRule;
import io.winback.chain.Episode;
import io.winback.chain.EpisodeStatus;
import io.winback.chain.PurchaseEndsEpisode;
import io.winback.chain.ReactivationStore;
import io.winback.chain.StepDecision;
import io.winback.chain.StepRules;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.domain.Customer;
import io.winback.domain.CustomerProfile;
import io.winback.domain.CustomerStatus;
import io.winback.log.JsonLog;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Takes an episode's due step. Before anything, the customer's stats are read: a purchase since the episode began
 * ends it (converted or not, by {@link ConversionRule}) and nothing more goes out. Otherwise the step is decided by
 * {@link StepRules} (deferred, or taken on a channel), its touch claimed under a deterministic id, its bonus granted
 * under the same id, its message sent at most once, its call task opened once; then the episode moves to the next
 * step. Every write is conditional, so a redelivered work item picks up where the last attempt stopped.
 */
final class EpisodeSteps {
    private static final JsonLog LOG = JsonLog.forClass(EpisodeSteps.class);
    private final ReactivationStore store;
    private final ChainConfigurationStore configurations;
    private final CustomerUpdates customerUpdates;
    private final PurchaseLookup purchases;
    private final StepRules rules;
    private final MessageText texts;
    private final TouchSender sender;
    private final Messengers messengers;
    private final ZoneId zone;
    private final io.winback.domain.PurchaseBandPolicy segments;
    private final Clock clock;
    private final BonusCapNow bonusCap;
    /** Longer than the worker's timeout (60 s in template.yaml), with a margin. */
    static final Duration STALE_SENDING = Duration.ofMinutes(2);
    /** Channels the provider said are paused, for the run they said it in. */
    private final Set<Channel> paused = EnumSet.noneOf(Channel.class);
    private Instant pausedForRun;

    EpisodeSteps(ReactivationStore store, ChainConfigurationStore configurations, CustomerUpdates customerUpdates,
                 PurchaseLookup purchases, StepRules rules, MessageText texts, TouchSender sender,
                 Messengers messengers, ZoneId zone, io.winback.domain.PurchaseBandPolicy segments, Clock clock,
                 BonusCapNow bonusCap) {
        this.bonusCap = bonusCap;
        this.segments = segments;
        this.clock = clock;
        this.store = store;
        this.configurations = configurations;
        this.customerUpdates = customerUpdates;
        this.purchases = purchases;
        this.rules = rules;
        this.texts = texts;
        this.sender = sender;
        this.messengers = messengers;
        this.zone = zone;
    }

    private void closeCallTasksIfBought(Episode ended) {
        PurchaseEndsEpisode.closeCallTasks(store, messengers.refs(), ended, clock.instant());
    }

    /** Ends the episode if the customer bought since it began, whether or not a step is due. */
    void closeIfPurchased(String customerKey, String episodeId, Instant now) {
        for (int pass = 0; pass < 10; pass++) {
            Optional<Episode> read = store.episode(customerKey, episodeId);
            Optional<Customer> customer = customerUpdates.find(customerKey);
            if (read.isEmpty() || !read.get().isActive() || customer.isEmpty()) {
                return;
            }
            Episode closed = endedByPurchase(read.get(), customer.get(), store.touchesOf(customerKey));
            if (closed == null) {
                return;
            }
            if (store.saveIfUnchanged(closed)) {
                closeCallTasksIfBought(closed);
                return;
            }
        }
    }

    /**
     * The episode ended by a purchase made since it began; null when there was none. The customer's own receipts
     * (their history index, one query that stops at the episode's last known purchase) are read whatever the stats
     * say: a sale stored but not yet applied to the stats (stream lag, a batch being retried) stops the step too.
     */
    private Episode endedByPurchase(Episode episode, Customer customer, List<Touch> touches) {
        // From the last purchase the episode knew: a receipt sent late for a purchase made before the first touch
        // ends the episode too (no conversion: nothing was sent before it).
        Instant after = episode.lastPurchaseBefore() != null ? episode.lastPurchaseBefore() : Instant.EPOCH;
        Optional<io.winback.domain.Sale> stored = purchases.firstPurchaseAfter(customer.key(), after);
        // The stats may have seen a purchase the history index does not show yet (it is eventually consistent).
        if (stored.isEmpty() && !episode.endedByPurchaseAt(customer.stats().lastPurchaseAt())) {
            return null;
        }
        List<Touch> ofEpisode = touches.stream().filter(t -> t.episodeId().equals(episode.id())).toList();
        return PurchaseEndsEpisode.ended(episode, ofEpisode, stored);
    }

    /** Takes whatever is due for the episode at {@code now}; does nothing if nothing is. */
    void advance(String customerKey, String episodeId, Instant now) {
        for (int pass = 0; pass < 10; pass++) {
            Optional<Episode> read = store.episode(customerKey, episodeId);
            if (read.isEmpty() || !read.get().isActive()) {
                return;
            }
            Episode episode = read.get();
            LocalDate today = now.atZone(zone).toLocalDate();
            if (episode.dueOn() == null || episode.dueOn().isAfter(today)
                    || (episode.notBefore() != null && episode.notBefore().isAfter(sendTime(now)))) {
                return;
            }
            Optional<Customer> customer = customerUpdates.find(customerKey);
            Episode next = customer.isEmpty() ? episode.ended(EpisodeStatus.EXITED, "customer_gone", null)
                    : step(episode, customer.get(), now);
            if (next == null) {
                return;
            }
            if (store.saveIfUnchanged(next)) {
                if (!next.isActive()) {
                    closeCallTasksIfBought(next);
                    LOG.info("episode_ended", "customer", JsonLog.mask(customerKey), "episode", episodeId,
                            "status", next.status().wireName(), "reason", next.endReason(), "holdout", next.holdout());
                    return;
                }
                continue;
            }
            // Someone else saved the episode in between: read it again and see what is left to do.
        }
    }

    /** The episode after what is due now; null when nothing can be done in this run. */
    private Episode step(Episode episode, Customer customer, Instant now) {
        Chain chain = configurations.version(episode.configVersion())
                .flatMap(config -> config.chain(episode.chainId()))
                .orElseThrow(() -> new IllegalStateException("chain " + episode.chainId() + " of configuration version "
                        + episode.configVersion() + " is missing"));
        List<Touch> touches = store.touchesOf(customer.key());
        List<Touch> ofEpisode = touches.stream().filter(t -> t.episodeId().equals(episode.id())).toList();

        Episode purchased = endedByPurchase(episode, customer, touches);
        if (purchased != null) {
            return purchased;
        }
        if (customer.status() == CustomerStatus.ARCHIVE) {
            return episode.ended(EpisodeStatus.EXITED, "archived", null);
        }
        if (episode.nextStep() >= chain.steps().size()) {
            return episode.ended(EpisodeStatus.COMPLETED, "no_purchase", null);
        }
        ChainStep step = chain.step(episode.nextStep());
        String touchId = Touch.idOf(episode.id(), episode.nextStep());
        Optional<Touch> existing = ofEpisode.stream().filter(t -> t.id().equals(touchId)).findFirst();
        Touch touch;
        if (existing.isPresent() && existing.get().status() == TouchStatus.SENDING) {
            if (!outlivedAnyWorker(existing.get())) {
                return null; // another worker is in the provider call right now; it records the answer
            }
            // A worker died between calling the provider and recording its answer: maybe sent. Never again.
            touch = existing.get().with(TouchStatus.UNKNOWN, null, "interrupted_while_sending");
            if (!store.advance(touch, TouchStatus.SENDING)) {
                return null; // its worker recorded the answer after all: read again
            }
            LOG.warn("touch_outcome_unknown", "customer", JsonLog.mask(customer.key()), "touch", touchId,
                    "reason", "interrupted_while_sending");
        } else if (existing.isPresent() && existing.get().status().isFinal()) {
            touch = existing.get();
        } else {
            List<Instant> earlier = touches.stream()
                    .filter(t -> !t.id().equals(touchId) && t.channel() != null && t.at() != null
                            && (t.status().reachedCustomer() || t.status() == TouchStatus.HOLDOUT))
                    .map(Touch::at).toList();
            Set<Channel> pausedNow = pausedFor(now);
            StepDecision decision = rules.decide(step, contactsOf(customer), sendTime(now), earlier, pausedNow);
            if (decision instanceof StepDecision.Defer defer) {
                LOG.info("step_deferred", "customer", JsonLog.mask(customer.key()), "touch", touchId,
                        "reason", defer.reason(), "until", defer.until().toString());
                return episode.deferred(defer.until().atZone(zone).toLocalDate(), defer.until(), defer.reason());
            }
            StepDecision.Take take = (StepDecision.Take) decision;
            touch = existing.orElseGet(() -> newTouch(episode, step, take, now));
            if (existing.isEmpty() && !store.claim(touch)) {
                return null; // another worker claimed it this instant; the episode save tells who won
            }
            touch = perform(episode, customer, chain, step, touch.onChannel(take.channel()), take, touches, now);
            if (touch == null) {
                return null; // another worker is sending it
            }
            if (!touch.status().isFinal()) {
                // The channel is paused: nothing went out; try again on the next run.
                return episode.deferred(now.atZone(zone).toLocalDate().plusDays(1), null, "channel_paused");
            }
        }
        grantIfOwed(customer, chain, step, touch);
        return moveOn(episode, chain, touch);
    }

    /**
     * A step's bonus belongs to a touch that reached, or may have reached, the customer (or to a step that only
     * grants); a skipped, failed or holdout touch gets none. Granted under the touch's id after the send, and again
     * on a retry that finds the touch done, so a crash between the two cannot lose it and a repeat cannot double it.
     */
    private void grantIfOwed(Customer customer, Chain chain, ChainStep step, Touch touch) {
        boolean owed = touch.status() == TouchStatus.SENT || touch.status() == TouchStatus.UNKNOWN
                || touch.status() == TouchStatus.BONUS_ONLY || touch.status() == TouchStatus.CALL_TASK;
        if (step.bonus() == null || !owed) {
            return;
        }
        BigDecimal amount = bonusCap.atMostMaxBonus(touch.bonusAmount() != null ? touch.bonusAmount()
                : step.bonus().amount());
        BonusGrant grant = new BonusGrant(touch.id(), amount, touch.at(), touch.bonusUntil(),
                chain.id() + " step " + (touch.step() + 1));
        customerUpdates.grant(customer.key(), grant);
    }

    /**
     * When a message decided now would leave: the run's time, or the wall clock when later (a backfill of a past
     * day, a redrive, a backlog), so quiet hours are judged when the customer's phone would ring, not when the run
     * was scheduled.
     */
    private Instant sendTime(Instant runTime) {
        Instant wall = clock.instant();
        return wall.isAfter(runTime) ? wall : runTime;
    }

    /** A touch left {@code sending} longer than a worker invocation can last: its worker died in the call. */
    private boolean outlivedAnyWorker(Touch sending) {
        return sending.sendingSince() == null
                || sending.sendingSince().plus(STALE_SENDING).isBefore(clock.instant());
    }

    private Touch newTouch(Episode episode, ChainStep step, StepDecision.Take take, Instant now) {
        Instant bonusUntil = step.bonus() == null ? null : BonusValidity.until(now, step.bonus().validDays(), zone);
        Instant windowEnd = bonusUntil != null ? bonusUntil : BonusValidity.until(now, step.windowDays(), zone);
        BigDecimal bonusAmount = step.bonus() == null ? null : bonusCap.grantable(step.bonus().amount(),
                episode.customerKey(), Touch.idOf(episode.id(), episode.nextStep()));
        return new Touch(episode.customerKey(), episode.id(), episode.nextStep(), TouchStatus.CLAIMED, take.channel(),
                now, bonusAmount, bonusUntil, windowEnd, null, take.skipReason(), null);
    }

    /**
     * Does the claimed touch's work and returns it in its final state; still {@code claimed} when the channel is
     * paused (nothing sent); null when another worker holds it.
     */
    private Touch perform(Episode episode, Customer customer, Chain chain, ChainStep step, Touch touch,
                          StepDecision.Take take, List<Touch> touches, Instant now) {
        if (episode.holdout()) {
            return done(touch, TouchStatus.HOLDOUT, take.skipReason());
        }
        if (step.sendsMessage() && take.channel() == null) {
            return done(touch, TouchStatus.SKIPPED, take.skipReason());
        }
        // A task is opened only for a number staff can dial; a step that only calls is otherwise skipped (no_phone).
        boolean calls = step.call() != null && contactsOf(customer).canBeCalled();
        if (calls) {
            store.openTask(CallTaskCard.of(messengers.refs(), customer, contactsOf(customer).language(),
                    purchases.mostVisitedStore(customer.key()), touch, step.call(), touches, segments));
        }
        if (take.channel() == null) {
            if (calls) {
                return done(touch, TouchStatus.CALL_TASK, null);
            }
            return step.bonus() != null ? done(touch, TouchStatus.BONUS_ONLY, take.skipReason())
                    : done(touch, TouchStatus.SKIPPED, take.skipReason());
        }
        Customer current = customer;
        Touch sending = touch;
        Set<Channel> refused = EnumSet.noneOf(Channel.class);
        while (true) {
            Contacts contacts = contactsOf(current);
            Channel channel = sending.channel();
            var content = texts.render(step, channel, contacts, sending);
            var outcome = sender.send(sending, content, contacts.address(channel), contacts.language(),
                    messengers.unsubscribeLink().apply(current.key(), channel));
            switch (outcome) {
                case TouchSender.Outcome.Done done -> {
                    return done.touch();
                }
                case TouchSender.Outcome.Busy busy -> {
                    return null;
                }
                case TouchSender.Outcome.Paused p -> {
                    pausedFor(now).add(channel);
                    LOG.warn("channel_paused", "channel", channel.wireName(), "reason", p.reason());
                    return p.touch();
                }
                case TouchSender.Outcome.OptedOut optedOut -> {
                    current = withdrawSms(current);
                    // The opted-out channel is not tried again for this touch, whatever the profile says now.
                    refused.add(channel);
                    sending = nextChannel(step, current, refused, optedOut.touch(), now);
                    if (sending.channel() == null) {
                        return done(optedOut.touch(), TouchStatus.SKIPPED, "opted_out");
                    }
                }
                case TouchSender.Outcome.NotBuilt notBuilt -> {
                    // As an opt-out: this channel can never carry this message to this address; the next one may.
                    LOG.warn("touch_not_built", "customer", JsonLog.mask(current.key()), "touch", touch.id(),
                            "channel", channel.wireName(), "reason", notBuilt.reason());
                    refused.add(channel);
                    sending = nextChannel(step, current, refused, notBuilt.touch(), now);
                    if (sending.channel() == null) {
                        return done(notBuilt.touch(), TouchStatus.FAILED, channel.wireName() + "_not_built: "
                                + notBuilt.reason());
                    }
                }
            }
        }
    }

    /**
     * The touch moved to the channel the step's rules take next, leaving out every channel already {@code refused}
     * for it; on no channel (null) when none is left.
     */
    private Touch nextChannel(ChainStep step, Customer customer, Set<Channel> refused, Touch released, Instant now) {
        Contacts left = contactsOf(customer);
        for (Channel off : refused) {
            left = left.without(off);
        }
        Channel next = rules.decide(step, left, now, List.of(), Set.of()) instanceof StepDecision.Take t
                ? t.channel() : null;
        if (next == null) {
            return released.onChannel(null);
        }
        Touch moved = released.onChannel(next);
        store.advance(moved, TouchStatus.CLAIMED);
        return moved;
    }

    /** What the customer can be reached by: without a sender identity there is no email channel. */
    private Contacts contactsOf(Customer customer) {
        Contacts contacts = Contacts.of(customer);
        return messengers.email() == null ? contacts.without(Channel.EMAIL) : contacts;
    }

    /** Stamped with the wall clock: the opt-out was learnt now, whatever run the work item belongs to. */
    private Customer withdrawSms(Customer customer) {
        Instant now = clock.instant();
        store.recordConsent(new ConsentChange(customer.key(), Channel.SMS, false, now, "sns_opt_out", null));
        String token = CustomerProfile.asOfToken(now.toEpochMilli(), "sns_opt_out");
        return customerUpdates.update(customer.key(), c -> c.withProfile(c.profile().mergedWith(
                        new io.winback.domain.SaleCustomer(null, null, null, null, null, null, null, null,
                                new io.winback.consent.Consent(false, null)), token).withStatedConsent(false, null, now)))
                .orElse(customer);
    }

    private Touch done(Touch touch, TouchStatus status, String reason) {
        Touch finished = touch.with(status, null, reason);
        store.advance(finished, TouchStatus.CLAIMED);
        return finished;
    }

    /** After a touch: the next step's day, or after the last step the day after its window closes. */
    private Episode moveOn(Episode episode, Chain chain, Touch touch) {
        int next = touch.step() + 1;
        LocalDate touchedOn = touch.at().atZone(zone).toLocalDate();
        LocalDate due = next < chain.steps().size()
                ? touchedOn.plusDays(chain.step(next).offsetDays())
                : touch.windowEnd().atZone(zone).toLocalDate().plusDays(1);
        return episode.dueAt(next, due, null);
    }

    private Set<Channel> pausedFor(Instant run) {
        synchronized (paused) {
            if (!run.equals(pausedForRun)) {
                paused.clear();
                pausedForRun = run;
            }
            return paused;
        }
    }
}
