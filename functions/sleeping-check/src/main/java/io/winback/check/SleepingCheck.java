package io.winback.check;

import io.winback.chain.QuietHours;
import io.winback.chain.Episodes;
import io.winback.chain.WorkItem;
import io.winback.chain.WorkQueue;
import io.winback.domain.CustomerStore;
import io.winback.log.JsonLog;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import io.winback.segment.MembershipStore;
import java.util.List;
import java.util.Map;

/**
 * The daily check: finds what needs a decision on the run's day and hands each piece to the chain worker through
 * the queue. It reads sparse indexes and nothing else: customers whose sleep day has come and is not decided
 * (a missed day is still there, so the next run catches it up), the birthdays and refill reminders due, the
 * purchases a cross-sell offer is due for, active episodes whose next step is due, and the campaigns whose time
 * came ({@link DueCampaigns}: their one partition of a few items).
 * It decides nothing itself, so running it twice, or twice at once, only queues the same work twice, and the
 * worker's conditional writes make the second copy a no-op.
 */
public final class SleepingCheck {
    private static final JsonLog LOG = JsonLog.forClass(SleepingCheck.class);
    private final CustomerStore customers;
    private final Episodes episodes;
    private final WorkQueue queue;
    private final ZoneId shopZone;
    private final QuietHours quietHours;
    private final DueBirthdays birthdays;
    private final DueRefills refills;
    private final DueCrossSells crossSells;
    private final MembershipStore segments;
    private final DueCampaigns campaigns;

    SleepingCheck(CustomerStore customers, DueBirthdays birthdays, DueRefills refills, DueCrossSells crossSells,
                  Episodes episodes, MembershipStore segments, DueCampaigns campaigns, WorkQueue queue,
                  ZoneId shopZone, QuietHours quietHours) {
        this.campaigns = campaigns;
        this.segments = segments;
        this.refills = refills;
        this.quietHours = quietHours;
        this.birthdays = birthdays;
        this.crossSells = crossSells;
        this.customers = customers;
        this.episodes = episodes;
        this.queue = queue;
        this.shopZone = shopZone;
    }

    /**
     * What one run queued: the occasions of each trigger, how many customers had several (queued as one item, see
     * {@link OneDecisionPerCustomer}), the episodes with a step due, and the customers whose segments may change
     * today by time alone.
     */
    public record Run(Instant scheduledTime, LocalDate day, int sleepers, int birthdays, int refills, int crossSells,
                      int customersWithSeveralOccasions, int dueEpisodes, int segmentFlips,
                      int campaigns) {
        /** What the scheduler's invocation answers (and the local runner's tick shows). */
        public Map<String, Object> summary() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("scheduledTime", scheduledTime.toString());
            out.put("day", day.toString());
            out.put("sleepersQueued", sleepers);
            out.put("birthdaysQueued", birthdays);
            out.put("refillsQueued", refills);
            out.put("crossSellsQueued", crossSells);
            out.put("customersWithSeveralOccasions", customersWithSeveralOccasions);
            out.put("dueEpisodesQueued", dueEpisodes);
            out.put("segmentFlipsQueued", segmentFlips);
            out.put("campaignsStarted", campaigns);
            return out;
        }
    }

    public Run run(Instant scheduledTime) {
        if (quietHours.isQuiet(scheduledTime)) {
            // Every step it decided would wait for the end of the quiet hours, and the next run would fall in them
            // again: nothing would ever go out. Failing sends the run to the dead-letter queue and its alarm.
            throw new IllegalStateException("the check is scheduled at " + scheduledTime.atZone(shopZone).toLocalTime()
                    + " shop time, inside QUIET_HOURS " + quietHours.from() + "-" + quietHours.to()
                    + ": no message could go out; schedule it (CheckTime) or backfill it at a time outside them");
        }
        LocalDate day = scheduledTime.atZone(shopZone).toLocalDate();
        List<WorkItem> sleepers = new ArrayList<>();
        customers.undecidedSleepersBy(day).forEach(s ->
                sleepers.add(new WorkItem.DecideSleeper(s.customerKey(), s.sleepAt(), scheduledTime)));
        List<WorkItem> birthdaysDue = birthdays.on(day, scheduledTime);
        List<WorkItem> refillsDue = refills.on(day, scheduledTime);
        List<WorkItem> crossSellsDue = crossSells.on(day, scheduledTime);
        List<WorkItem> decisions = new ArrayList<>(sleepers);
        decisions.addAll(birthdaysDue);
        decisions.addAll(refillsDue);
        decisions.addAll(crossSellsDue);
        List<WorkItem> items = new ArrayList<>(OneDecisionPerCustomer.of(decisions));
        int together = (int) items.stream().filter(WorkItem.DecideOccasions.class::isInstance).count();
        List<WorkItem> dueEpisodes = new ArrayList<>();
        episodes.dueBy(day).forEach(e ->
                dueEpisodes.add(new WorkItem.AdvanceEpisode(e.customerKey(), e.episodeId(), scheduledTime)));
        items.addAll(dueEpisodes);
        // Flip days past are still on the index (a flip moves only when its customer is re-evaluated): caught up.
        List<String> flips = segments.flipsDueBy(day);
        flips.forEach(key -> items.add(new WorkItem.ReevaluateSegments(key, scheduledTime)));
        var campaignsDue = campaigns.dueAt(scheduledTime);
        items.addAll(campaigns.firstPages(campaignsDue, scheduledTime));
        queue.sendAll(items);
        campaigns.markStarted(campaignsDue, scheduledTime);
        Run run = new Run(scheduledTime, day, sleepers.size(), birthdaysDue.size(), refillsDue.size(),
                crossSellsDue.size(), together, dueEpisodes.size(), flips.size(), campaignsDue.size());
        LOG.info("sleeping_check_queued", "scheduledTime", scheduledTime.toString(), "day", day.toString(),
                "sleepers", run.sleepers(), "birthdays", run.birthdays(), "refills", run.refills(),
                "crossSells", run.crossSells(), "customersWithSeveralOccasions", run.customersWithSeveralOccasions(),
                "dueEpisodes", run.dueEpisodes(), "segmentFlips", run.segmentFlips(), "campaigns", run.campaigns());
        return run;
    }
}
