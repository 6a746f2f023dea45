package io.winback.json.chain;

import io.winback.campaign.CampaignDefinition;
import io.winback.validation.FieldError;

import java.util.List;

/** A campaign document read whole: the definition, or every reason it was refused. */
public sealed interface ParsedCampaign {

    record Valid(CampaignDefinition definition) implements ParsedCampaign {
    }

    record Invalid(List<FieldError> errors) implements ParsedCampaign {
        public Invalid {
            errors = List.copyOf(errors);
        }
    }
}
