package io.winback.worker;

import io.winback.campaign.Campaign;
import io.winback.campaign.CampaignDefinition;
import io.winback.campaign.CampaignState;
import io.winback.campaign.Campaigns;
import io.winback.chain.Chain;
import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.Episode;
import io.winback.chain.Trigger;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The steps an episode goes through. A chain's are in the configuration version the episode started under; a
 * campaign is not a chain of the configuration (it is defined on its own, with a segment and a time, and must not
 * take a configuration version to create or edit), so a campaign episode ({@code campaign:<id>@<day>}) finds its
 * steps in the campaign. Both never change once stored, so each is read once per worker. Whether a campaign is
 * paused does change, and is read each time it is asked.
 */
final class EpisodeChains {
    private final ChainConfigurationStore configurations;
    private final Campaigns campaigns;
    private final Map<String, CampaignDefinition> definitions = new ConcurrentHashMap<>();

    EpisodeChains(ChainConfigurationStore configurations, Campaigns campaigns) {
        this.configurations = configurations;
        this.campaigns = campaigns;
    }

    Chain chainOf(Episode episode) {
        Optional<String> campaign = Trigger.Campaign.campaignOf(episode.id());
        if (campaign.isPresent()) {
            return definition(campaign.get()).map(CampaignDefinition::chain)
                    .orElseThrow(() -> new IllegalStateException("campaign " + campaign.get() + " is missing"));
        }
        return configurations.version(episode.configVersion())
                .flatMap(config -> config.chain(episode.chainId()))
                .orElseThrow(() -> new IllegalStateException("chain " + episode.chainId() + " of configuration version "
                        + episode.configVersion() + " is missing"));
    }

    /** Whether the episode belongs to a campaign that is paused now: no step of it is taken. */
    boolean paused(Episode episode) {
        return Trigger.Campaign.campaignOf(episode.id()).flatMap(campaigns::find).map(Campaign::state)
                .filter(CampaignState.PAUSED::equals).isPresent();
    }

    Optional<CampaignDefinition> definition(String campaignId) {
        CampaignDefinition known = definitions.get(campaignId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<CampaignDefinition> read = campaigns.find(campaignId).map(Campaign::definition);
        read.ifPresent(definition -> definitions.put(campaignId, definition));
        return read;
    }
}
