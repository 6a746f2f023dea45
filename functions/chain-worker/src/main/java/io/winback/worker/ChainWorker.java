package io.winback.worker;

import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.OccasionPriority;
import io.winback.chain.WorkItem;
import io.winback.chain.WorkQueue;
import io.winback.segment.SegmentFill;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Does one work item of the daily check's fan-out. A customer's several occasions of a day are decided one after
 * the other, the first by priority first: once it starts an episode, each of the others finds the customer in one
 * and waits (a refill, a day at a time) or lapses (a birthday, a sleep day: recorded as {@code in_episode}).
 * Segments' work rides the same queue: a customer's flip day, and the pages of a fill; so do the pages of a
 * campaign's start.
 */
public final class ChainWorker {
    private final SleeperDecisions sleepers;
    private final BirthdayDecisions birthdays;
    private final RefillDecisions refills;
    private final CrossSellDecisions crossSells;
    private final EpisodeSteps episodes;
    private final ChainConfigurationStore configurations;
    private final SegmentReevaluations segments;
    private final SegmentFill fills;
    private final WorkQueue queue;
    private final CampaignStarts campaigns;

    /**
     * @param queue where a fill's or a campaign start's next page goes; null: the next pages are done at once, in
     *              this invocation
     */
    ChainWorker(SleeperDecisions sleepers, BirthdayDecisions birthdays, RefillDecisions refills,
                CrossSellDecisions crossSells, EpisodeSteps episodes, ChainConfigurationStore configurations,
                SegmentReevaluations segments, SegmentFill fills, CampaignStarts campaigns, WorkQueue queue) {
        this.campaigns = campaigns;
        this.configurations = configurations;
        this.segments = segments;
        this.fills = fills;
        this.queue = queue;
        this.refills = refills;
        this.sleepers = sleepers;
        this.birthdays = birthdays;
        this.crossSells = crossSells;
        this.episodes = episodes;
    }

    public void handle(WorkItem item) {
        switch (item) {
            case WorkItem.DecideSleeper d -> sleepers.decide(d.customerKey(), d.sleepAt(), d.runTime());
            case WorkItem.DecideBirthday b -> birthdays.decide(b.customerKey(), b.birthday(), b.runTime());
            case WorkItem.DecideRefill r -> refills.decide(r.customerKey(), r.group(), r.due(), r.runTime());
            case WorkItem.DecideOccasions several ->
                    OccasionPriority.inOrder(several.occasions(), configurations.current()).forEach(this::handle);
            case WorkItem.DecideCrossSell c -> crossSells.decide(c.customerKey(), c.group(), c.purchaseDay(),
                    c.saleIds(), c.runTime());
            case WorkItem.AdvanceEpisode a -> episodes.advance(a.customerKey(), a.episodeId(), a.runTime());
            case WorkItem.ReevaluateSegments r -> segments.reevaluate(r.customerKey(), r.runTime());
            case WorkItem.FillSegments f -> paged(f, fills::fill);
            case WorkItem.StartCampaign c -> paged(c, campaigns::start);
        }
    }

    /**
     * One page of a paged pass (a segment's fill, a campaign's start), then its next page: queued, so no invocation
     * runs long, or (no queue) done at once in this invocation.
     */
    private <T extends WorkItem> void paged(T page, Function<T, Optional<T>> take) {
        Optional<T> next = take.apply(page);
        while (queue == null && next.isPresent()) {
            next = take.apply(next.get());
        }
        next.ifPresent(item -> queue.sendAll(List.of(item)));
    }
}
