package io.winback.json.chain;

import io.winback.campaign.Campaign;
import io.winback.campaign.CampaignState;
import io.winback.validation.FieldError;

import java.util.List;

/**
 * What came of asking to create, cancel, pause or resume a campaign ({@link CampaignChanges}): the API answers it in
 * JSON, the console in a page, by the same rules.
 */
public sealed interface CampaignChange {

    /** Stored: the campaign as it now stands. */
    record Created(Campaign campaign) implements CampaignChange {
    }

    /** The document had mistakes, each at its path; nothing stored. */
    record Invalid(List<FieldError> errors) implements CampaignChange {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }

    /** A campaign of that id exists already; nothing stored. */
    record Exists(String id) implements CampaignChange {
    }

    /** No campaign of that id. */
    record NotFound(String id) implements CampaignChange {
    }

    /** It has started (or was cancelled, or went meanwhile: {@code state} null): only pausing stops it now. */
    record NotCancellable(String id, CampaignState state) implements CampaignChange {
    }

    record Cancelled(String id) implements CampaignChange {
    }

    /** Pausing or resuming a cancelled campaign: nothing to pause. */
    record IsCancelled(String id) implements CampaignChange {
    }

    /** Paused or resumed: the campaign as it now stands. */
    record Changed(Campaign campaign) implements CampaignChange {
    }
}
