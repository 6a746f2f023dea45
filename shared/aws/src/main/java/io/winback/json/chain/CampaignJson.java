package io.winback.json.chain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winback.campaign.Campaign;
import io.winback.campaign.CampaignDefinition;
import io.winback.json.Json;
import io.winback.validation.FieldError;

import java.util.List;
import java.util.function.Predicate;

/**
 * A campaign to a segment as marketers write it ({@code POST /v1/campaigns}) and as it is stored:
 * <pre>{@code
 * {"id": "coffee-win", "name": "Кофе: возвращаем", "segment": "coffee-lapsed", "at": "2026-12-10T11:00:00+03:00",
 *  "holdoutPercent": 10, "conversionWindowDays": 14,
 *  "steps": [{"offsetDays": 0, "bonus": {"amount": 150, "validDays": 14}, "channels": ["sms"],
 *             "messages": {"sms": {"ru": {"text": "{name}, дарим {amount} рублей до {until}"}}}}]}
 * }</pre>
 * {@code id} as a chain's (letters, digits, {@code . _ + -}, at most 64); {@code name} 1-200 characters;
 * {@code segment} a segment that exists; {@code at} an ISO time with its offset; {@code holdoutPercent} 0-50 (10 when
 * absent); {@code conversionWindowDays} 1-90 (7 when absent), for each step that gives none; {@code steps} in the
 * chain step shape, read and checked by the chain configuration's own reader ({@link ChainConfigurationJson}).
 */
public final class CampaignJson {
    private CampaignJson() {
    }

    /**
     * Reads a request body; every mistake is reported with its path.
     *
     * @param segmentExists whether a segment of that id is defined
     */
    public static ParsedCampaign read(String text, BonusLimits limits, Predicate<String> segmentExists) {
        if (text == null || text.isBlank()) {
            return invalid("must be a JSON object with the campaign's id, segment, at and steps");
        }
        JsonNode root;
        try {
            root = Json.readTree(text);
        } catch (JsonProcessingException e) {
            return invalid("malformed JSON: " + e.getOriginalMessage());
        }
        return new CampaignReader(limits, segmentExists).read(root);
    }

    /** A stored definition, checked when it was stored. */
    public static CampaignDefinition readStored(String text) {
        return switch (read(text, BonusLimits.NONE, segment -> true)) {
            case ParsedCampaign.Valid valid -> valid.definition();
            case ParsedCampaign.Invalid invalid -> throw new IllegalStateException("stored campaign unreadable: "
                    + invalid.errors());
        };
    }

    /** The definition alone, as it is stored. */
    public static ObjectNode definitionTree(CampaignDefinition definition) {
        ObjectNode node = Json.objectNode();
        node.put("id", definition.id());
        node.put("name", definition.name());
        node.put("segment", definition.segment());
        node.put("at", definition.at().toString());
        node.put("holdoutPercent", definition.holdoutPercent());
        node.put("conversionWindowDays", definition.conversionWindowDays());
        ArrayNode steps = node.putArray("steps");
        definition.steps().forEach(step -> steps.add(ChainConfigurationWriter.step(step, null, null, null)));
        return node;
    }

    /** The campaign as a GET answers it: the definition, its state, and how many entered and were held out. */
    public static ObjectNode toTree(Campaign campaign) {
        ObjectNode node = definitionTree(campaign.definition());
        node.put("state", campaign.state().wireName());
        node.put("startedAt", campaign.startedAt() == null ? null : campaign.startedAt().toString());
        node.put("entered", campaign.entered());
        node.put("heldOut", campaign.heldOut());
        return node;
    }

    private static ParsedCampaign invalid(String message) {
        return new ParsedCampaign.Invalid(List.of(FieldError.of("body", message)));
    }
}
