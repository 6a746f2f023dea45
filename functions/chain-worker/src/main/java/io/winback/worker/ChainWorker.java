package io.winback.worker;

import io.winback.chain.WorkItem;

/** Does one work item of the daily check's fan-out. */
public final class ChainWorker {
    private final SleeperDecisions sleepers;
    private final BirthdayDecisions birthdays;
    private final CrossSellDecisions crossSells;
    private final EpisodeSteps episodes;

    ChainWorker(SleeperDecisions sleepers, BirthdayDecisions birthdays, CrossSellDecisions crossSells,
                EpisodeSteps episodes) {
        this.sleepers = sleepers;
        this.birthdays = birthdays;
        this.crossSells = crossSells;
        this.episodes = episodes;
    }

    public void handle(WorkItem item) {
        switch (item) {
            case WorkItem.DecideSleeper d -> sleepers.decide(d.customerKey(), d.sleepAt(), d.runTime());
            case WorkItem.DecideBirthday b -> birthdays.decide(b.customerKey(), b.birthday(), b.runTime());
            case WorkItem.DecideCrossSell c -> crossSells.decide(c.customerKey(), c.group(), c.purchaseDay(),
                    c.saleIds(), c.runTime());
            case WorkItem.AdvanceEpisode a -> episodes.advance(a.customerKey(), a.episodeId(), a.runTime());
        }
    }
}
