package io.winback.campaign;

import io.winback.chain.Chain;
import io.winback.chain.ChainStep;
import io.winback.chain.Holdout;
import io.winback.chain.Trigger;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A campaign as the marketer defines it: everyone in {@code segment} at the first daily check run at or after
 * {@code at} enters one episode of {@code steps} (the chain step shape), {@code holdoutPercent} of them held out.
 *
 * @param conversionWindowDays how long after a touch without a bonus a purchase still counts, for the steps that do
 *                             not set their own
 */
public record CampaignDefinition(String id, String name, String segment, OffsetDateTime at, int holdoutPercent,
                                 int conversionWindowDays, List<ChainStep> steps) {
    public static final int DEFAULT_HOLDOUT_PERCENT = 10;
    public static final int MAX_HOLDOUT_PERCENT = 50;

    public CampaignDefinition {
        steps = List.copyOf(steps);
        if (holdoutPercent < 0 || holdoutPercent > MAX_HOLDOUT_PERCENT) {
            throw new IllegalArgumentException("holdoutPercent must be 0.." + MAX_HOLDOUT_PERCENT + ": "
                    + holdoutPercent);
        }
    }

    public Trigger.Campaign trigger() {
        return new Trigger.Campaign(id);
    }

    /**
     * The campaign as the engine runs it: a chain of its steps for every band, named by the campaign's id (the
     * campaign report's and the dashboard's chain id).
     */
    public Chain chain() {
        return new Chain(id, trigger(), null, steps);
    }

    /**
     * Who is held out of this campaign: its own share, by the deployment's salt and the campaign's id, so a
     * customer held out of one campaign is not for that reason held out of the next.
     */
    public Holdout holdout(String deploymentSalt) {
        return new Holdout(holdoutPercent / 100.0, deploymentSalt + "#campaign#" + id);
    }

    /** The shop day the campaign starts on: its episodes' id ({@code campaign:coffee-win@2026-12-10}). */
    public String episodeId(ZoneId shopZone) {
        return trigger().on(at.atZoneSameInstant(shopZone).toLocalDate()).episodeId();
    }
}
