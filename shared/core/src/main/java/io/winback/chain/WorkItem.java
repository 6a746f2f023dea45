package io.winback.chain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One unit of the daily check's fan-out, for the chain worker: decide one customer's sleep day, or one customer's
 * birthday, or one customer's refill reminder, or one customer's purchase a cross-sell offer follows, or several of
 * these together, or take one episode's due step, or re-evaluate one customer's segments on their flip day. {@code runTime} is the check's scheduled time: the worker's "now"
 * for every decision, so a retry or a re-run decides the same.
 */
public sealed interface WorkItem {

    String customerKey();

    Instant runTime();

    record DecideSleeper(String customerKey, LocalDate sleepAt, Instant runTime) implements WorkItem {
    }

    /**
     * A customer whose birthday, celebrated on {@code birthday} this year (29 February on 28 February in a year
     * without one), is as many days ahead of the run's day as a birthday chain's {@code daysBefore}.
     */
    record DecideBirthday(String customerKey, LocalDate birthday, Instant runTime) implements WorkItem {
    }

    /**
     * A customer whose refill reminder for {@code group} the index holds due on {@code due} (on or before the run's
     * day: a missed run's reminders are caught up within {@link RefillSchedule#DAYS_LATE_AT_MOST}).
     */
    record DecideRefill(String customerKey, String group, LocalDate due, Instant runTime) implements WorkItem {
    }

    /**
     * A customer who bought from {@code group} on {@code purchaseDay} (the receipts {@code saleIds}), as many days
     * before the run's day as a cross-sell chain of the group waits ({@code afterDays}).
     */
    record DecideCrossSell(String customerKey, String group, LocalDate purchaseDay, List<String> saleIds,
                           Instant runTime) implements WorkItem {
        public DecideCrossSell {
            saleIds = List.copyOf(saleIds);
        }
    }

    /**
     * One customer's several occasions of a run (asleep, a birthday, a refill, an offer), decided together in the
     * order of {@link OccasionPriority}, so at most one episode starts.
     */
    record DecideOccasions(String customerKey, List<WorkItem> occasions, Instant runTime) implements WorkItem {
        public DecideOccasions {
            occasions = List.copyOf(occasions);
        }
    }

    record AdvanceEpisode(String customerKey, String episodeId, Instant runTime) implements WorkItem {
    }

    /**
     * A customer whose segments may answer otherwise today with nothing else changed (their flip day came): evaluated
     * again, memberships written where they changed, the next flip day set.
     */
    record ReevaluateSegments(String customerKey, Instant runTime) implements WorkItem {
    }

    /**
     * One page of the fill of segment definitions version {@code configurationVersion}: part {@code part} of
     * {@code parts} of the customers, from {@code cursor} (null: the part's start). Of no one customer: its key names
     * the part, for logs and ordering.
     */
    record FillSegments(int configurationVersion, int part, int parts, String cursor, Instant runTime)
            implements WorkItem {
        public String customerKey() {
            return "segment-fill#" + configurationVersion + "#" + part;
        }
    }

    /**
     * One page of a campaign's start: the members of shard {@code shard} of its segment from {@code cursor} (null:
     * the shard's start) enter its episode. Of no one customer: its key names the campaign and shard.
     */
    record StartCampaign(String campaignId, int shard, String cursor, Instant runTime) implements WorkItem {
        public String customerKey() {
            return "campaign#" + campaignId + "#" + shard;
        }
    }
}
