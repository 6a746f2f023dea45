package io.winback.console;

import io.winback.chain.ChainStep;
import io.winback.chain.Channel;
import io.winback.messages.MessageContent;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A step's form as the page shows it: the values (as stored, or as the owner typed them when a save was refused),
 * each mistake next to its field, mistakes that belong to no field of this step above, a notice (saved, or why the
 * save was refused as a whole), and what each message turns into.
 *
 * @param values   by field name ({@link StepFields})
 * @param errors   by field name, in the page's language
 * @param problems mistakes not of one field of this step (another chain, the budget), in the page's language
 * @param previews by the field name of the message's text
 */
public record StepForm(String chainId, String title, String audience, int number, int stepCount, int version,
                       String action, Map<String, String> values, Map<String, List<String>> errors,
                       List<String> problems, String notice, boolean noticeIsProblem,
                       Map<String, MessagePreview> previews) {

    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    public List<String> errorsAt(String field) {
        return errors.getOrDefault(field, List.of());
    }

    /** "true" where the field has a mistake: a text, since a boolean attribute would be written without its value. */
    public String invalid(String field) {
        return String.valueOf(!errorsAt(field).isEmpty());
    }

    public boolean ticked(String channel) {
        return values.get("channel." + channel) != null;
    }

    /** What the message of {@code field} turns into, or null while it is empty. */
    public MessagePreview preview(String field) {
        return previews.get(field);
    }

    /** The form's values of a stored step. */
    static Map<String, String> valuesOf(ChainStep step) {
        Map<String, String> values = new HashMap<>();
        values.put(StepFields.OFFSET, String.valueOf(step.offsetDays()));
        if (step.bonus() != null) {
            values.put(StepFields.BONUS_AMOUNT, step.bonus().amount().stripTrailingZeros().toPlainString());
            values.put(StepFields.BONUS_DAYS, String.valueOf(step.bonus().validDays()));
        }
        for (Channel channel : step.channels()) {
            values.put("channel." + channel.wireName(), "on");
        }
        step.messages().forEach((channel, byLanguage) -> byLanguage.forEach((language, content) ->
                text(values, channel, language, content)));
        if (step.call() != null) {
            values.put(StepFields.CALL_DAYS, String.valueOf(step.call().deadlineDays()));
            step.call().script().forEach((language, script) -> values.put(StepFields.script(language), script));
        }
        return values;
    }

    private static void text(Map<String, String> values, Channel channel, String language, MessageContent content) {
        values.put(StepFields.text(channel.wireName(), language), content.body());
        if (channel == Channel.EMAIL && content.subject() != null) {
            values.put(StepFields.subject(language), content.subject());
        }
    }
}
