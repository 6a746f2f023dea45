package io.winback.json.chain;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.campaign.CampaignDefinition;
import io.winback.chain.BudgetCap;
import io.winback.chain.ChainStep;
import io.winback.chain.Trigger;
import io.winback.json.Fields;
import io.winback.validation.FieldError;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Reads one campaign document ({@link CampaignJson}), collecting every mistake; its steps as a chain's. */
final class CampaignReader {
    private static final int MAX_NAME_LENGTH = 200;
    /** A GET answer carries back the state and counts; computed, so a POST ignores them. */
    private static final Set<String> FIELDS = Fields.ordered("id", "name", "segment", "at", "holdoutPercent",
            "conversionWindowDays", "steps", "state", "startedAt", "entered", "heldOut");

    /** What the steps' messages may name: a campaign's trigger, which names no product group. */
    private static final Trigger PLACEHOLDERS_OF = new Trigger.Campaign("any");

    private final List<FieldError> errors = new ArrayList<>();
    private final Fields fields = new Fields(errors);
    private final BonusLimits limits;
    private final Predicate<String> segmentExists;

    CampaignReader(BonusLimits limits, Predicate<String> segmentExists) {
        this.limits = limits;
        this.segmentExists = segmentExists;
    }

    ParsedCampaign read(JsonNode root) {
        if (root == null || !root.isObject()) {
            fields.error("body", "must be a JSON object with the campaign's id, segment, at and steps");
            return new ParsedCampaign.Invalid(errors);
        }
        fields.rejectUnknown(root, "", FIELDS);
        String id = fields.requiredText(root, "id", "id", ChainConfigurationReader.MAX_CHAIN_ID_LENGTH);
        if (id != null && !id.matches("[A-Za-z0-9._+-]+")) {
            // The id goes into episode ids and keys, where '#', '@' and spaces would break them.
            fields.error("id", "may hold only letters, digits, '.', '_', '+' and '-'");
        }
        String name = fields.requiredText(root, "name", "name", MAX_NAME_LENGTH);
        String segment = fields.requiredText(root, "segment", "segment", 64);
        if (segment != null && !segmentExists.test(segment)) {
            fields.error("segment", "no segment " + segment + " is defined; define it first (POST /v1/segments)");
        }
        OffsetDateTime at = at(root.get("at"));
        Integer holdout = Fields.absent(root.get("holdoutPercent"))
                ? Integer.valueOf(CampaignDefinition.DEFAULT_HOLDOUT_PERCENT)
                : fields.wholeNumber(root.get("holdoutPercent"), "holdoutPercent", 0,
                CampaignDefinition.MAX_HOLDOUT_PERCENT, "percent held out to measure the effect");
        Integer window = Fields.absent(root.get("conversionWindowDays"))
                ? Integer.valueOf(ChainStep.DEFAULT_CONVERSION_WINDOW_DAYS)
                : fields.wholeNumber(root.get("conversionWindowDays"), "conversionWindowDays", 1,
                ChainConfigurationReader.MAX_CONVERSION_WINDOW_DAYS, "days a purchase after the touch still counts");
        BudgetCap budget = limits.current() == null ? BudgetCap.DEFAULT : limits.current().budget();
        // Every bonus of a campaign is new, so each is checked against the cap (no chain id to compare with).
        List<ChainStep> steps = new ChainConfigurationReader(limits, errors,
                window == null ? ChainStep.DEFAULT_CONVERSION_WINDOW_DAYS : window)
                .steps(root.get("steps"), "steps", null, PLACEHOLDERS_OF, new BonusCapCheck(budget, limits, fields));
        if (!errors.isEmpty()) {
            return new ParsedCampaign.Invalid(errors);
        }
        return new ParsedCampaign.Valid(new CampaignDefinition(id, name, segment, at, holdout, window, steps));
    }

    private OffsetDateTime at(JsonNode node) {
        if (Fields.absent(node) || !node.isTextual()) {
            fields.error("at", (Fields.absent(node) ? "is required; " : "")
                    + "must be an ISO time with its offset, such as 2026-12-10T11:00:00+03:00");
            return null;
        }
        try {
            return OffsetDateTime.parse(node.asText());
        } catch (DateTimeParseException e) {
            fields.error("at", "must be an ISO time with its offset, such as 2026-12-10T11:00:00+03:00");
            return null;
        }
    }
}
