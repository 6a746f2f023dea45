package io.winback.chain;

import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which of one customer's occasions of a day comes first: the one whose chain has the lowest {@code priority}
 * (by default refill 1, cross-sell 2, birthday 3, fell asleep 4; the marketer may set any chain's). An occasion's
 * priority is that of the chains in force of its trigger (of its group, for a refill), the lowest among them when
 * several bands have their own: the worker decides the occasions in this order, and the first that starts an
 * episode leaves the others to wait or lapse, as their triggers do when the customer is in an episode.
 */
public final class OccasionPriority {
    private OccasionPriority() {
    }

    /** The occasions, first to decide first; equal priorities keep their order. */
    public static List<WorkItem> inOrder(List<WorkItem> occasions, ChainConfiguration configuration) {
        return occasions.stream().sorted(Comparator.comparingInt(item -> of(item, configuration))).toList();
    }

    /** The priority of the chains {@code item} could start; {@link Chain#MAX_PRIORITY} when none is in force. */
    public static int of(WorkItem item, ChainConfiguration configuration) {
        Predicate<Trigger> starts = switch (item) {
            case WorkItem.DecideSleeper sleeper -> Trigger.FellAsleep.class::isInstance;
            case WorkItem.DecideBirthday birthday -> Trigger.Birthday.class::isInstance;
            case WorkItem.DecideRefill refill ->
                    trigger -> trigger instanceof Trigger.Replenishment r && r.group().equals(refill.group());
            case WorkItem.DecideCrossSell crossSell ->
                    trigger -> trigger instanceof Trigger.Bought b && b.group().equals(crossSell.group());
            case WorkItem.DecideOccasions several -> trigger -> false;
            case WorkItem.AdvanceEpisode advance -> trigger -> false;
            case WorkItem.ReevaluateSegments segments -> trigger -> false;
            case WorkItem.FillSegments fill -> trigger -> false;
            case WorkItem.StartCampaign campaign -> trigger -> false;
        };
        return configuration.chains().stream().filter(chain -> starts.test(chain.trigger()))
                .mapToInt(Chain::priority).min().orElse(Chain.MAX_PRIORITY);
    }
}
