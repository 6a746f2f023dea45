package io.winback.json.chain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winback.chain.BonusCap;
import io.winback.chain.ChainConfiguration;
import io.winback.validation.FieldError;
import io.winback.json.Json;

import java.util.List;
import java.util.function.Predicate;

/**
 * The chain configuration as marketers read and write it ({@code GET}/{@code PUT /v1/chains}), and as each version is
 * stored. The shape:
 * <pre>{@code
 * {"version": 3,
 *  "budget": {"averageCheck": null, "margin": 0.40, "share": 0.50},
 *  "bonusCap": {"amount": 180.00, "maxBonus": 1000, "averageCheck": 900.00, "averageCheckSource": "shop",
 *               "purchases": 1234},
 *  "chains": [{"id": "sleep-1", "trigger": "fell-asleep", "segment": "1",
 *              "steps": [{"offsetDays": 0, "bonus": {"amount": 100, "validDays": 7},
 *                         "channels": ["sms", "email"],
 *                         "messages": {"sms": {"ru": {"text": "Дарим вам {amount} рублей на покупки до {until}. Ждем вас за покупкой!",
 *                                                     "encoding": "UCS-2", "parts": 1, "length": 70},
 *                                              "en": {"text": "..."}},
 *                                      "email": {"ru": {"subject": "...", "text": "..."}}},
 *                         "call": null, "conversionWindowDays": 7}]}]}
 * }</pre>
 * <ul>
 *   <li>{@code version} is what a GET reports. A PUT may name the version it edited as {@code basedOn}; without
 *       {@code basedOn}, a {@code version} sent back counts as such, so a GET-edit-PUT round trip never overwrites
 *       someone else's change unseen. With neither, the document replaces whatever is current.</li>
 *   <li>{@code budget} absent (or null) means 40 % margin, 50 % of it given away, the shop's real average check.
 *       {@code averageCheck} is used only while the shop has fewer than 100 purchases
 *       ({@link io.winback.shop.AverageCheckInForce}); null means the shop's real average check from its sales.</li>
 *   <li>{@code bonusCap} (written by GET, ignored by PUT): the cap in force, {@link BonusCap}.</li>
 *   <li>{@code trigger}: the string {@code "fell-asleep"} (written back so), or an object of a type and its settings
 *       ({@link TriggerReader}): {@code {"type": "replenishment", "group": "dogfood", "remindAt": 0.75, "cycleDays":
 *       null}}, {@code {"type": "birthday", "daysBefore": 3}}, {@code {"type": "bought", "group": "camera",
 *       "offerGroup": "lens", "afterDays": 3, "unlessBoughtWithinDays": 365}} or {@code {"type": "fell-asleep"}}.
 *       {@code segment}: a purchase band ({@code 1}, {@code 2-3}, {@code 4+} or {@code VIP}), or the id of a segment
 *       the shop defined ({@code POST /v1/segments}; one that does not exist is refused), whose members alone the
 *       chain serves; required for fell-asleep, optional for the others (absent or null: everyone, written as null);
 *       one chain per trigger name ({@link io.winback.chain.Trigger#name()}) and segment, and one that names none.
 *       Which serves a customer: {@link io.winback.chain.ChainChoice}. {@code priority}: 1 to 100,
 *       the trigger's default when absent, always written. Chain ids unique, of letters, digits and
 *       {@code . _ + -} (such as the playbook's {@code sleep-4+}).</li>
 *   <li>{@code offsetDays}: days after the trigger's day for the first step (0 allowed), days after the step before
 *       for later ones (at least 1); at most 365.</li>
 *   <li>{@code bonus}: null, or an amount above 0 with at most 2 decimals valid 1 to 90 days. An amount the request
 *       sets (new, or changed at that chain id and step) is at most the cap ({@link BonusCap}: {@code MaxBonus}, and
 *       average check × margin × share); one sent back unchanged is not refused, but GET flags it
 *       ({@code "capped": {"amount": ..., "reason": ...}}, ignored by PUT) and the worker grants the cap.</li>
 *   <li>{@code channels}: sms and/or email, each once, in order of preference; each listed channel needs a
 *       {@code ru} message (Russian is the default language), {@code en} is optional. An SMS has a {@code text} of
 *       at most 1000 characters; an email a {@code subject} and a {@code text}. Texts may use {@code {name}},
 *       {@code {amount}}, {@code {until}} and {@code {store}}; {@code {amount}} and {@code {until}} only in a step
 *       with a bonus; {@code {group}} only in a refill or cross-sell chain
 *       ({@link io.winback.messages.GroupPlaceholder}).</li>
 *   <li>{@code call}: null, or {@code {"deadlineDays": 1..30}} for a call task.</li>
 *   <li>{@code conversionWindowDays}: 1 to 90, 7 when absent; how long a purchase after a touch without a bonus
 *       still counts as its conversion.</li>
 *   <li>A step with no channel, no bonus and no call does nothing and is refused. Unknown fields are refused too:
 *       a typo must not be silently ignored.</li>
 * </ul>
 * Each SMS text is written with {@code encoding}, {@code parts} and {@code length} from {@link io.winback.messages.SmsParts}
 * (of the template as written), so a marketer sees what a text costs; a PUT ignores them when they are sent back.
 */
public final class ChainConfigurationJson {
    private ChainConfigurationJson() {
    }

    /** The document alone, as it is stored. */
    public static ObjectNode toTree(ChainConfiguration configuration) {
        return ChainConfigurationWriter.write(configuration, null, null);
    }

    /**
     * The document as a marketer reads it: with the cap in force and each bonus above it flagged, and each SMS also
     * counted with its placeholders at their longest, {@code {store}} as {@code storeName}.
     */
    public static ObjectNode toTree(ChainConfiguration configuration, BonusCap cap, String storeName) {
        return ChainConfigurationWriter.write(configuration, cap, storeName);
    }

    public static String toJson(ChainConfiguration configuration) {
        return Json.write(toTree(configuration));
    }

    /**
     * Reads a stored document, or one whose segments are not to be checked: a chain may name any segment id.
     */
    public static ParsedConfiguration read(String text, BonusLimits limits) {
        return read(text, limits, segment -> true);
    }

    /**
     * Reads a request body; every mistake in it is reported, malformed JSON as one error of the field {@code body}.
     *
     * @param segmentExists whether the shop defined a segment of that id: a chain limited to one that does not exist
     *                      is refused at its {@code segment}
     */
    public static ParsedConfiguration read(String text, BonusLimits limits, Predicate<String> segmentExists) {
        if (text == null || text.isBlank()) {
            return invalid("body", "must be a JSON object with the chains and the budget");
        }
        JsonNode root;
        try {
            root = Json.readTree(text);
        } catch (JsonProcessingException e) {
            return invalid("body", "malformed JSON: " + e.getOriginalMessage());
        }
        return read(root, limits, segmentExists);
    }

    /** The shop's average check is asked of {@code limits} only when a changed bonus needs checking against the cap. */
    public static ParsedConfiguration read(JsonNode root, BonusLimits limits, Predicate<String> segmentExists) {
        return new ChainConfigurationReader(limits, segmentExists).read(root);
    }

    private static ParsedConfiguration invalid(String field, String message) {
        return new ParsedConfiguration.Invalid(List.of(FieldError.of(field, message)));
    }
}
