package io.winback.chain;

import io.winback.domain.Customer;
import io.winback.domain.CustomerStatus;
import io.winback.domain.Sale;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what an episode's due step does for this customer now, from plain facts and nothing else: a purchase since
 * the episode began ends it (before anything else), then an archived customer or a chain run to its end, then a
 * cross-sell's purchase returned whole before the step is taken; a touch an earlier attempt left is finished;
 * otherwise {@link StepRules} defer the step or take it, and a taken step is sent, opens a call task, grants only a
 * bonus, is skipped, or is recorded for the holdout.
 *
 * @param zone the shop's time zone: days, bonus validity and windows are the shop's
 */
public record StepPlanner(StepRules rules, ZoneId zone) {
    /** Longer than the worker's timeout (60 s in template.yaml), with a margin: a touch sending longer died there. */
    public static final Duration STALE_SENDING = Duration.ofMinutes(2);
    /** The end reason of an episode whose occasion, a purchase, was returned whole before its step was taken. */
    public static final String PURCHASE_RETURNED = "purchase_returned";

    /**
     * Whether the episode's step (or its closing) is due at {@code runTime}: its day has come, and the hour it was
     * put off to has passed when the message would leave.
     */
    public boolean isDue(Episode episode, Instant runTime, Instant wallClock) {
        LocalDate today = runTime.atZone(zone).toLocalDate();
        return episode.dueOn() != null && !episode.dueOn().isAfter(today)
                && (episode.notBefore() == null || !episode.notBefore().isAfter(sendTime(runTime, wallClock)));
    }

    /**
     * When a message decided now would leave: the run's time, or the wall clock when later (a backfill of a past
     * day, a redrive, a backlog), so quiet hours are judged when the customer's phone would ring, not when the run
     * was scheduled.
     */
    public static Instant sendTime(Instant runTime, Instant wallClock) {
        return wallClock.isAfter(runTime) ? wallClock : runTime;
    }

    /**
     * From when the customer's receipts are looked at: the last purchase the episode knew, so a receipt sent late for
     * a purchase made before the first touch ends the episode too (no conversion: nothing was sent before it). Of
     * those receipts only a purchase that counts for the chain's trigger ends it ({@link ConvertingPurchase}).
     */
    public static Instant purchasesAfter(Episode episode) {
        return episode.lastPurchaseBefore() != null ? episode.lastPurchaseBefore() : Instant.EPOCH;
    }

    public StepDecision decide(StepFacts facts) {
        Episode episode = facts.episode();
        if (!isDue(episode, facts.runTime(), facts.wallClock())) {
            return new StepDecision.NotDue();
        }
        if (facts.customer().isEmpty()) {
            return new StepDecision.End(EpisodeStatus.EXITED, "customer_gone", null);
        }
        Customer customer = facts.customer().get();
        Optional<StepDecision.End> purchased = endedByPurchase(episode, facts.chain().trigger(), customer,
                facts.touches(), facts.firstPurchaseSince());
        if (purchased.isPresent()) {
            return purchased.get();
        }
        if (customer.status() == CustomerStatus.ARCHIVE) {
            return new StepDecision.End(EpisodeStatus.EXITED, "archived", null);
        }
        Chain chain = facts.chain();
        if (episode.nextStep() >= chain.steps().size()) {
            return new StepDecision.End(EpisodeStatus.COMPLETED, "no_purchase", null);
        }
        String touchId = Touch.idOf(episode.id(), episode.nextStep());
        Optional<Touch> existing = facts.touchesOfEpisode().stream().filter(t -> t.id().equals(touchId)).findFirst();
        if (existing.isEmpty() && facts.occasionTakenBack()) {
            // The camera went back before the lens offer was taken: no offer for what the customer no longer has.
            return new StepDecision.End(EpisodeStatus.EXITED, PURCHASE_RETURNED, null);
        }
        if (existing.isPresent() && existing.get().status() == TouchStatus.SENDING) {
            return outlivedAnyWorker(existing.get(), facts.wallClock())
                    ? new StepDecision.Interrupted(existing.get().with(TouchStatus.UNKNOWN, null,
                    "interrupted_while_sending"))
                    : new StepDecision.BeingSent();
        }
        if (existing.isPresent() && existing.get().status().isFinal()) {
            return new StepDecision.AlreadyTaken(existing.get());
        }
        return take(facts, customer, chain.step(episode.nextStep()), existing);
    }

    /** A due step without a final touch: deferred by the rules, or taken. */
    private StepDecision take(StepFacts facts, Customer customer, ChainStep step, Optional<Touch> claimed) {
        Episode episode = facts.episode();
        String touchId = Touch.idOf(episode.id(), episode.nextStep());
        List<Instant> earlier = facts.touches().stream()
                .filter(t -> !t.id().equals(touchId) && t.channel() != null && t.at() != null
                        && (t.status().reachedCustomer() || t.status() == TouchStatus.HOLDOUT))
                .map(Touch::at).toList();
        Contacts contacts = Contacts.of(customer, facts.emailChannel());
        ChannelChoice choice = rules.decide(step, contacts, sendTime(facts.runTime(), facts.wallClock()), earlier,
                facts.pausedChannels());
        if (choice instanceof ChannelChoice.Defer defer) {
            return new StepDecision.Defer(defer.until().atZone(zone).toLocalDate(), defer.until(), defer.reason());
        }
        ChannelChoice.Take chosen = (ChannelChoice.Take) choice;
        Channel channel = chosen.channel();
        boolean claimFirst = claimed.isEmpty();
        // A touch claimed earlier and taken now under a chain that no longer offers a bonus at this step: its message
        // names none, so it records none (a final touch's recorded amount is what is owed).
        Touch touch = claimed.map(before -> step.bonus() == null ? before.withBonusAmount(null) : before)
                .orElseGet(() -> newTouch(episode, step, chosen, facts.runTime())).onChannel(channel);
        if (episode.holdout()) {
            return new StepDecision.Holdout(touch, claimFirst, chosen.skipReason());
        }
        if (step.sendsMessage() && channel == null) {
            return new StepDecision.Skip(touch, claimFirst, chosen.skipReason());
        }
        // A task is opened only for a number staff can dial; a step that only calls is otherwise skipped (no_phone).
        boolean calls = step.call() != null && contacts.canBeCalled();
        if (channel != null) {
            return new StepDecision.Send(touch, claimFirst, calls);
        }
        if (calls) {
            return new StepDecision.OpenCallTask(touch, claimFirst);
        }
        return step.bonus() != null ? new StepDecision.GrantBonusOnly(touch, claimFirst, chosen.skipReason())
                : new StepDecision.Skip(touch, claimFirst, chosen.skipReason());
    }

    /**
     * The channel a message goes on once the provider refused every channel in {@code refused} for it (an opt-out,
     * a message that cannot be built for the address): the next one the step's rules take at {@code runTime}, on
     * contacts without the refused; null when none is left.
     */
    public Channel nextChannel(ChainStep step, Contacts contacts, Set<Channel> refused, Instant runTime) {
        Contacts left = contacts;
        for (Channel off : refused) {
            left = left.without(off);
        }
        return rules.decide(step, left, runTime, List.of(), Set.of()) instanceof ChannelChoice.Take t
                ? t.channel() : null;
    }

    /** The provider said the channel is paused while the touch was being sent: nothing went out; try tomorrow. */
    public StepDecision.Defer pausedWhileSending(Instant runTime) {
        return new StepDecision.Defer(runTime.atZone(zone).toLocalDate().plusDays(1), null, "channel_paused");
    }

    /**
     * The bonus a taken step owes, as recorded on its touch, which is what its message named, whatever the chain in
     * force says by the time the grant is written (a configuration published between a step and its retry), or as
     * the step offers it, for a touch claimed before amounts were recorded: a touch that reached, or may have
     * reached, the customer, or a step that only grants or calls; a skipped, failed or holdout touch gets none. Empty
     * when nothing is owed.
     */
    public static Optional<BigDecimal> bonusOwed(ChainStep step, Touch touch) {
        if (!owesBonus(touch.status())) {
            return Optional.empty();
        }
        if (touch.bonusAmount() != null) {
            return Optional.of(touch.bonusAmount());
        }
        return step.bonus() == null ? Optional.empty() : Optional.of(step.bonus().amount());
    }

    /** Whether a touch in {@code status} gives its step's bonus: it reached, or may have reached, the customer. */
    public static boolean owesBonus(TouchStatus status) {
        return status == TouchStatus.SENT || status == TouchStatus.UNKNOWN || status == TouchStatus.BONUS_ONLY
                || status == TouchStatus.CALL_TASK;
    }

    /** The episode after {@code touch}: the next step's day, or after the last step the day after its window closes. */
    public Episode after(Episode episode, Chain chain, Touch touch) {
        int next = touch.step() + 1;
        LocalDate touchedOn = touch.at().atZone(zone).toLocalDate();
        LocalDate due = next < chain.steps().size()
                ? touchedOn.plusDays(chain.step(next).offsetDays())
                : touch.windowEnd().atZone(zone).toLocalDate().plusDays(1);
        return episode.dueAt(next, due, null);
    }

    /**
     * The episode ended by a purchase made since it began that counts for its chain's {@code trigger}
     * ({@link ConvertingPurchase}); empty when there was none. The customer's own receipts
     * ({@code firstPurchaseSince}, the first that counts) count whatever the stats say: a sale stored but not yet
     * applied to the stats (stream lag, a batch being retried) ends it too. For a trigger any purchase reaches, the
     * stats may have seen a purchase the history index does not show yet (it is eventually consistent): that ends it
     * without a conversion; the stats name no group, so a refill or a cross-sell episode waits for the receipt.
     *
     * @param touches the customer's touches (those of other episodes are left out here)
     */
    public static Optional<StepDecision.End> endedByPurchase(Episode episode, Trigger trigger, Customer customer,
                                                             List<Touch> touches, Optional<Sale> firstPurchaseSince) {
        Optional<Sale> counting = firstPurchaseSince.filter(sale -> ConvertingPurchase.counts(trigger, sale));
        boolean statsSayBought = ConvertingPurchase.anyPurchaseCounts(trigger)
                && episode.endedByPurchaseAt(customer.stats().lastPurchaseAt());
        if (counting.isEmpty() && !statsSayBought) {
            return Optional.empty();
        }
        List<Touch> ofEpisode = touches.stream().filter(t -> t.episodeId().equals(episode.id())).toList();
        Episode ended = PurchaseEndsEpisode.ended(episode, ofEpisode, counting);
        return Optional.of(new StepDecision.End(ended.status(), ended.endReason(), ended.conversion()));
    }

    /** A touch left {@code sending} longer than a worker invocation can last: its worker died in the call. */
    private static boolean outlivedAnyWorker(Touch sending, Instant wallClock) {
        return sending.sendingSince() == null || sending.sendingSince().plus(STALE_SENDING).isBefore(wallClock);
    }

    /**
     * The touch a step taken at {@code runTime} claims: its bonus as the step offers it (the worker holds it to the
     * cap in force), valid from now; a purchase converts through it until the bonus expires or the window closes.
     */
    private Touch newTouch(Episode episode, ChainStep step, ChannelChoice.Take chosen, Instant runTime) {
        Instant bonusUntil = step.bonus() == null ? null : BonusValidity.until(runTime, step.bonus().validDays(), zone);
        Instant windowEnd = bonusUntil != null ? bonusUntil : BonusValidity.until(runTime, step.windowDays(), zone);
        BigDecimal bonusAmount = step.bonus() == null ? null : step.bonus().amount();
        return new Touch(episode.customerKey(), episode.id(), episode.nextStep(), TouchStatus.CLAIMED,
                chosen.channel(), runTime, bonusAmount, bonusUntil, windowEnd, null, chosen.skipReason(), null);
    }
}
