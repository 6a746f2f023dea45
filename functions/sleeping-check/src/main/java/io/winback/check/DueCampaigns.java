package io.winback.check;

import io.winback.campaign.Campaign;
import io.winback.campaign.Campaigns;
import io.winback.chain.WorkItem;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The campaigns a run starts: each whose {@code at} has come (so a campaign starts at the first check run at or after
 * its time) and that is neither started, paused nor cancelled, as one {@link WorkItem.StartCampaign} per shard of
 * its segment's members; the worker pages each shard and queues the next page. The run marks them started only
 * after their items are queued, with a conditional write: a run that dies in between leaves the campaign to the next
 * run, whose items start the same episodes (their ids are the campaign's and its day), so nothing goes out twice.
 */
final class DueCampaigns {
    private final Campaigns campaigns;
    private final int shards;

    /** @param shards how many shards a segment's members are kept in ({@code SegmentMembers.shards()}) */
    DueCampaigns(Campaigns campaigns, int shards) {
        this.campaigns = campaigns;
        this.shards = shards;
    }

    /** The campaigns whose time has come by {@code runTime}, not started yet. */
    List<Campaign> dueAt(Instant runTime) {
        return campaigns.all().stream().filter(campaign -> campaign.startsAt(runTime)).toList();
    }

    /** The first page of every shard of each campaign's segment. */
    List<WorkItem> firstPages(List<Campaign> due, Instant runTime) {
        List<WorkItem> items = new ArrayList<>();
        for (Campaign campaign : due) {
            for (int shard = 0; shard < shards; shard++) {
                items.add(new WorkItem.StartCampaign(campaign.id(), shard, null, runTime));
            }
        }
        return items;
    }

    /** Marks each started, once its items are queued; one cancelled or started meanwhile stays as it is. */
    void markStarted(List<Campaign> due, Instant runTime) {
        due.forEach(campaign -> campaigns.markStarted(campaign.id(), runTime));
    }
}
