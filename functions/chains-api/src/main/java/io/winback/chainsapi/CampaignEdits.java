package io.winback.chainsapi;

import io.winback.campaign.CampaignState;
import io.winback.campaign.Campaigns;
import io.winback.http.ApiReply;
import io.winback.json.chain.CampaignChange;
import io.winback.json.chain.CampaignChanges;
import io.winback.json.chain.CampaignJson;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /v1/campaigns} (define one: every mistake at once with its path, nothing stored on any),
 * {@code DELETE /v1/campaigns/{id}} (cancel, only before it starts: 409 after), {@code POST .../pause} and
 * {@code .../resume} (paused: no further step is taken; what was sent stays sent). The rules are
 * {@link CampaignChanges}' (the console's too); this answers them in JSON.
 */
final class CampaignEdits {
    static final BodyLimit BODY = new BodyLimit(256 * 1024, "a campaign");
    private final Campaigns campaigns;
    private final CampaignChanges changes;

    CampaignEdits(Campaigns campaigns, CampaignChanges changes) {
        this.campaigns = campaigns;
        this.changes = changes;
    }

    ApiReply create(String body) {
        Optional<ApiReply> tooLarge = BODY.refuse(body);
        if (tooLarge.isPresent()) {
            return tooLarge.get();
        }
        return answer(changes.create(body));
    }

    ApiReply cancel(String campaignId) {
        return answer(changes.cancel(campaignId));
    }

    ApiReply pause(String campaignId, boolean paused) {
        return answer(changes.pause(campaignId, paused));
    }

    private static ApiReply answer(CampaignChange change) {
        return switch (change) {
            case CampaignChange.Invalid invalid -> ApiReply.errors(400, invalid.errors());
            case CampaignChange.Exists exists -> ApiReply.error(409, "id", "campaign " + exists.id()
                    + " exists already; choose another id");
            case CampaignChange.NotFound notFound -> CampaignReads.unknown(notFound.id());
            case CampaignChange.NotCancellable refused -> ApiReply.error(409, "campaignId", "campaign "
                    + refused.id() + " is " + (refused.state() == null ? "gone" : refused.state().wireName())
                    + "; only a campaign that has not started can be cancelled (pause it instead)");
            case CampaignChange.Cancelled cancelled -> new ApiReply(204, "", Map.of());
            case CampaignChange.IsCancelled cancelled -> ApiReply.error(409, "campaignId", "campaign "
                    + cancelled.id() + " is cancelled");
            case CampaignChange.Changed changed -> ApiReply.ok(CampaignJson.toTree(changed.campaign()));
            case CampaignChange.Created created -> {
                ApiReply reply = ApiReply.ok(CampaignJson.toTree(created.campaign()));
                yield new ApiReply(201, reply.body(), reply.headers());
            }
        };
    }

    /** The campaigns that still need {@code segmentId}: every one naming it that is not cancelled. */
    List<String> naming(String segmentId) {
        return campaigns.all().stream()
                .filter(c -> c.definition().segment().equals(segmentId) && c.state() != CampaignState.CANCELLED)
                .map(c -> "campaign " + c.id()).toList();
    }
}
