package io.winback.worker;

import io.winback.campaign.Campaign;
import io.winback.campaign.CampaignDefinition;
import io.winback.campaign.CampaignState;
import io.winback.campaign.Campaigns;
import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.Holdout;
import io.winback.chain.WorkItem;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStatus;
import io.winback.domain.PurchaseBandPolicy;
import io.winback.log.JsonLog;
import io.winback.segment.SegmentMembers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One page of a campaign's start: each member of one shard of its segment, from a cursor, enters the campaign's
 * episode ({@code campaign:<id>@<start day>}) through {@link EpisodeStarts}, as any trigger's customer: not when gone,
 * archived or in an active episode of any chain (no second episode, as for every trigger); in the campaign's own
 * holdout by its salted hash; its first step taken at once when due ({@link EpisodeSteps}: consent, quiet hours, the
 * frequency cap, at most once). The episode id is the campaign's and its day, so a retried page, or a page queued
 * twice by two runs of the check, starts and sends nothing twice, and counts only the customers it entered itself.
 */
final class CampaignStarts {
    /** Members a page enters: a page's sends stay far inside the worker's timeout. */
    static final int PAGE = 200;
    static final String ENTERED = "entered";
    static final String ARCHIVED = "archived";
    static final String IN_EPISODE = "in_episode";
    private static final JsonLog LOG = JsonLog.forClass(CampaignStarts.class);

    private final Campaigns campaigns;
    private final SegmentMembers members;
    private final ChainConfigurationStore configurations;
    private final CustomerUpdates customerUpdates;
    private final EpisodesInProgress inProgress;
    private final EpisodeStarts starts;
    private final EpisodeSteps steps;
    private final PurchaseBandPolicy bands;
    private final ZoneId zone;

    CampaignStarts(Campaigns campaigns, SegmentMembers members, ChainConfigurationStore configurations,
                   CustomerUpdates customerUpdates, EpisodesInProgress inProgress, EpisodeStarts starts,
                   EpisodeSteps steps, PurchaseBandPolicy bands, ZoneId zone) {
        this.campaigns = campaigns;
        this.members = members;
        this.configurations = configurations;
        this.customerUpdates = customerUpdates;
        this.inProgress = inProgress;
        this.starts = starts;
        this.steps = steps;
        this.bands = bands;
        this.zone = zone;
    }

    /** Enters one page of members; the shard's next page, if any. */
    Optional<WorkItem.StartCampaign> start(WorkItem.StartCampaign page) {
        Optional<Campaign> read = campaigns.find(page.campaignId());
        if (read.isEmpty() || read.get().state() == CampaignState.CANCELLED) {
            return Optional.empty(); // gone, or cancelled after the check queued it
        }
        CampaignDefinition campaign = read.get().definition();
        Holdout holdout = campaign.holdout(starts.salt());
        String episodeId = campaign.episodeId(zone);
        LocalDate day = campaign.at().atZoneSameInstant(zone).toLocalDate();
        var configuration = configurations.current();
        Instant now = page.runTime();
        SegmentMembers.Page members = this.members.page(campaign.segment(), page.shard(), page.cursor(), PAGE);
        long entered = 0;
        long heldOut = 0;
        for (SegmentMembers.Member member : members.members()) {
            Optional<Customer> customer = customerUpdates.find(member.customerKey());
            if (customer.isEmpty()) {
                continue;
            }
            String outcome;
            if (customer.get().status() == CustomerStatus.ARCHIVE) {
                outcome = ARCHIVED;
            } else if (!alreadyIn(member.customerKey(), episodeId) && inProgress.any(member.customerKey(), now)) {
                outcome = IN_EPISODE;
            } else {
                EpisodeStarts.Begun begun = starts.begin(customer.get(), episodeId, campaign.chain(), configuration,
                        customer.get().band(bands), day, now, holdout);
                if (begun.isNew()) {
                    entered++;
                    heldOut += begun.episode().holdout() ? 1 : 0;
                }
                steps.advance(member.customerKey(), episodeId, now);
                outcome = ENTERED;
            }
            LOG.info("campaign_member_decided", "campaign", campaign.id(), "customer",
                    JsonLog.mask(member.customerKey()), "outcome", outcome);
        }
        campaigns.countEntered(campaign.id(), entered, heldOut);
        LOG.info("campaign_page_started", "campaign", campaign.id(), "shard", page.shard(),
                "members", members.members().size(), "entered", entered, "heldOut", heldOut,
                "more", members.next() != null);
        return Optional.ofNullable(members.next())
                .map(next -> new WorkItem.StartCampaign(page.campaignId(), page.shard(), next, now));
    }

    /** Whether the customer entered this campaign already (a retried page): then their episode goes on. */
    private boolean alreadyIn(String customerKey, String episodeId) {
        return starts.exists(customerKey, episodeId);
    }
}
