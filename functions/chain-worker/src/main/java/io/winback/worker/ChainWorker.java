package io.winback.worker;

import io.winback.chain.WorkItem;

/** Does one work item of the daily check's fan-out. */
public final class ChainWorker {
    private final SleeperDecisions sleepers;
    private final BirthdayDecisions birthdays;
    private final RefillDecisions refills;
    private final EpisodeSteps episodes;

    ChainWorker(SleeperDecisions sleepers, BirthdayDecisions birthdays, RefillDecisions refills,
                EpisodeSteps episodes) {
        this.refills = refills;
        this.sleepers = sleepers;
        this.birthdays = birthdays;
        this.episodes = episodes;
    }

    public void handle(WorkItem item) {
        switch (item) {
            case WorkItem.DecideSleeper d -> sleepers.decide(d.customerKey(), d.sleepAt(), d.runTime());
            case WorkItem.DecideBirthday b -> birthdays.decide(b.customerKey(), b.birthday(), b.runTime());
            case WorkItem.DecideRefill r -> refills.decide(r.customerKey(), r.group(), r.due(), r.runTime());
            case WorkItem.AdvanceEpisode a -> episodes.advance(a.customerKey(), a.episodeId(), a.runTime());
        }
    }
}
