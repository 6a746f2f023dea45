package io.winback.json.chain;

import io.winback.campaign.Campaign;
import io.winback.campaign.Campaigns;
import io.winback.chain.ChainConfigurationStore;
import io.winback.log.JsonLog;
import io.winback.segment.SegmentConfigurationStore;

import java.util.Optional;

/**
 * The rules of changing campaigns, one place for the chains API ({@code POST /v1/campaigns}, {@code DELETE}, pause,
 * resume) and the console's campaign pages: a definition is read whole with every mistake at its path and held to
 * the bonus cap in force and to the segments defined, nothing stored when any is wrong, an id taken is refused;
 * cancelling only before the start; pausing and resuming anything but a cancelled campaign. Every change is a
 * conditional write ({@link Campaigns}), so two callers never both win. One log line per change.
 */
public final class CampaignChanges {
    private static final JsonLog LOG = JsonLog.forClass(CampaignChanges.class);
    private final Campaigns campaigns;
    private final ChainConfigurationStore configurations;
    private final BonusCaps caps;
    private final SegmentConfigurationStore segments;

    public CampaignChanges(Campaigns campaigns, ChainConfigurationStore configurations, BonusCaps caps,
                           SegmentConfigurationStore segments) {
        this.campaigns = campaigns;
        this.configurations = configurations;
        this.caps = caps;
        this.segments = segments;
    }

    /** Defines the campaign of {@code document} ({@link CampaignJson}'s shape). */
    public CampaignChange create(String document) {
        var defined = segments.current();
        return switch (CampaignJson.read(document, caps.over(configurations.current()),
                segment -> defined.find(segment).isPresent())) {
            case ParsedCampaign.Invalid invalid -> new CampaignChange.Invalid(invalid.errors());
            case ParsedCampaign.Valid valid -> {
                if (!campaigns.create(valid.definition())) {
                    yield new CampaignChange.Exists(valid.definition().id());
                }
                LOG.info("campaign_stored", "campaign", valid.definition().id(), "segment",
                        valid.definition().segment(), "at", valid.definition().at().toString());
                yield new CampaignChange.Created(campaigns.find(valid.definition().id()).orElseThrow());
            }
        };
    }

    public CampaignChange cancel(String campaignId) {
        if (campaigns.find(campaignId).isEmpty()) {
            return new CampaignChange.NotFound(campaignId);
        }
        if (!campaigns.cancel(campaignId)) {
            return new CampaignChange.NotCancellable(campaignId,
                    campaigns.find(campaignId).map(Campaign::state).orElse(null));
        }
        LOG.info("campaign_cancelled", "campaign", campaignId);
        return new CampaignChange.Cancelled(campaignId);
    }

    public CampaignChange pause(String campaignId, boolean paused) {
        if (campaigns.find(campaignId).isEmpty()) {
            return new CampaignChange.NotFound(campaignId);
        }
        if (!campaigns.setPaused(campaignId, paused)) {
            return new CampaignChange.IsCancelled(campaignId);
        }
        LOG.info(paused ? "campaign_paused" : "campaign_resumed", "campaign", campaignId);
        return new CampaignChange.Changed(campaigns.find(campaignId).orElseThrow());
    }

    /** The campaign of {@code campaignId}, as it stands. */
    public Optional<Campaign> find(String campaignId) {
        return campaigns.find(campaignId);
    }
}
