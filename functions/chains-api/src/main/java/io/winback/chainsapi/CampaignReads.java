package io.winback.chainsapi;

import io.winback.campaign.Campaigns;
import io.winback.http.ApiReply;
import io.winback.json.chain.CampaignJson;

import java.util.Map;

/** {@code GET /v1/campaigns} (every campaign, by id) and {@code GET /v1/campaigns/{id}}. */
final class CampaignReads {
    private final Campaigns campaigns;

    CampaignReads(Campaigns campaigns) {
        this.campaigns = campaigns;
    }

    ApiReply list() {
        return ApiReply.ok(Map.of("campaigns", campaigns.all().stream().map(CampaignJson::toTree).toList()));
    }

    ApiReply one(String campaignId) {
        return campaigns.find(campaignId).map(c -> ApiReply.ok(CampaignJson.toTree(c)))
                .orElseGet(() -> unknown(campaignId));
    }

    static ApiReply unknown(String campaignId) {
        return ApiReply.error(404, "campaignId", "no campaign " + campaignId);
    }
}
