package io.winback.chainsapi;

import io.winback.campaign.Campaign;
import io.winback.campaign.CampaignState;
import io.winback.campaign.Campaigns;
import io.winback.chain.ChainConfigurationStore;
import io.winback.http.ApiReply;
import io.winback.json.chain.BonusCaps;
import io.winback.json.chain.CampaignJson;
import io.winback.json.chain.ParsedCampaign;
import io.winback.log.JsonLog;
import io.winback.segment.SegmentConfigurationStore;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /v1/campaigns} (define one: every mistake at once with its path, nothing stored on any),
 * {@code DELETE /v1/campaigns/{id}} (cancel, only before it starts: 409 after), {@code POST .../pause} and
 * {@code .../resume} (paused: no further step is taken; what was sent stays sent).
 */
final class CampaignEdits {
    static final BodyLimit BODY = new BodyLimit(256 * 1024, "a campaign");
    private static final JsonLog LOG = JsonLog.forClass(CampaignEdits.class);
    private final Campaigns campaigns;
    private final ChainConfigurationStore configurations;
    private final BonusCaps caps;
    private final SegmentConfigurationStore segments;

    CampaignEdits(Campaigns campaigns, ChainConfigurationStore configurations, BonusCaps caps,
                  SegmentConfigurationStore segments) {
        this.campaigns = campaigns;
        this.configurations = configurations;
        this.caps = caps;
        this.segments = segments;
    }

    ApiReply create(String body) {
        Optional<ApiReply> tooLarge = BODY.refuse(body);
        if (tooLarge.isPresent()) {
            return tooLarge.get();
        }
        var defined = segments.current();
        return switch (CampaignJson.read(body, caps.over(configurations.current()),
                segment -> defined.find(segment).isPresent())) {
            case ParsedCampaign.Invalid invalid -> ApiReply.errors(400, invalid.errors());
            case ParsedCampaign.Valid valid -> {
                if (!campaigns.create(valid.definition())) {
                    yield ApiReply.error(409, "id", "campaign " + valid.definition().id()
                            + " exists already; choose another id");
                }
                LOG.info("campaign_stored", "campaign", valid.definition().id(), "segment",
                        valid.definition().segment(), "at", valid.definition().at().toString());
                Campaign stored = campaigns.find(valid.definition().id()).orElseThrow();
                ApiReply reply = ApiReply.ok(CampaignJson.toTree(stored));
                yield new ApiReply(201, reply.body(), reply.headers());
            }
        };
    }

    ApiReply cancel(String campaignId) {
        Optional<Campaign> campaign = campaigns.find(campaignId);
        if (campaign.isEmpty()) {
            return CampaignReads.unknown(campaignId);
        }
        if (!campaigns.cancel(campaignId)) {
            return ApiReply.error(409, "campaignId", "campaign " + campaignId + " is "
                    + campaigns.find(campaignId).map(c -> c.state().wireName()).orElse("gone")
                    + "; only a campaign that has not started can be cancelled (pause it instead)");
        }
        LOG.info("campaign_cancelled", "campaign", campaignId);
        return new ApiReply(204, "", Map.of());
    }

    ApiReply pause(String campaignId, boolean paused) {
        if (campaigns.find(campaignId).isEmpty()) {
            return CampaignReads.unknown(campaignId);
        }
        if (!campaigns.setPaused(campaignId, paused)) {
            return ApiReply.error(409, "campaignId", "campaign " + campaignId + " is cancelled");
        }
        LOG.info(paused ? "campaign_paused" : "campaign_resumed", "campaign", campaignId);
        return ApiReply.ok(CampaignJson.toTree(campaigns.find(campaignId).orElseThrow()));
    }

    /** The campaigns that still need {@code segmentId}: every one naming it that is not cancelled. */
    List<String> naming(String segmentId) {
        return campaigns.all().stream()
                .filter(c -> c.definition().segment().equals(segmentId) && c.state() != CampaignState.CANCELLED)
                .map(c -> "campaign " + c.id()).toList();
    }
}
