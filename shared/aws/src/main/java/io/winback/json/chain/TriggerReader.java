package io.winback.json.chain;

import io.winback.json.Fields;
import io.winback.json.JsonPaths;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.chain.Trigger;
import io.winback.domain.OneLineText;
import io.winback.domain.SaleLine;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * Reads a chain's {@code trigger}: the string {@code "fell-asleep"} (the form every configuration had before the
 * other triggers), or an object with its {@code type} and that type's settings, each checked with its path. A mistake
 * in the settings still tells the chain reader which type was meant, so it judges the segment by that type and does
 * not pile up errors the marketer did not make.
 */
final class TriggerReader {
    static final Set<String> TYPES = Fields.ordered(Trigger.Replenishment.TYPE, Trigger.Birthday.TYPE,
            Trigger.Bought.TYPE, Trigger.FellAsleep.NAME);
    private static final String FORMS = "\"fell-asleep\" or an object with a type: " + String.join(", ", TYPES);
    private static final Map<String, Set<String>> FIELDS = Map.of(
            Trigger.Replenishment.TYPE, Fields.ordered("type", "group", "remindAt", "cycleDays"),
            Trigger.Birthday.TYPE, Fields.ordered("type", "daysBefore"),
            Trigger.Bought.TYPE, Fields.ordered("type", "group", "offerGroup", "afterDays", "unlessBoughtWithinDays"),
            Trigger.FellAsleep.NAME, Fields.ordered("type"));
    private static final Map<String, String> EXAMPLES = Map.of(
            Trigger.Replenishment.TYPE, "{\"type\": \"replenishment\", \"group\": \"dogfood\", \"remindAt\": 0.75}",
            Trigger.Birthday.TYPE, "{\"type\": \"birthday\", \"daysBefore\": 3}",
            Trigger.Bought.TYPE, "{\"type\": \"bought\", \"group\": \"camera\", \"offerGroup\": \"lens\", "
                    + "\"afterDays\": 3}");

    /**
     * What the chain's trigger turned out to be.
     *
     * @param type    the type meant (null when not even that can be told: absent, unknown, not a string or object)
     * @param trigger the trigger, or null when it has mistakes (then recorded)
     */
    record Read(String type, Trigger trigger) {
        /** Whether the chain must name its segment: a sleep day is the segment's own; unknown: as before. */
        boolean needsSegment() {
            return type == null || Trigger.FellAsleep.NAME.equals(type);
        }
    }

    private final Fields fields;

    TriggerReader(Fields fields) {
        this.fields = fields;
    }

    Read read(JsonNode node, String path) {
        if (Fields.absent(node)) {
            fields.error(path, "is required; must be " + FORMS);
            return new Read(null, null);
        }
        if (node.isTextual()) {
            return named(node.asText(), path);
        }
        if (!node.isObject()) {
            fields.error(path, "must be " + FORMS);
            return new Read(null, null);
        }
        String typePath = JsonPaths.field(path, "type");
        JsonNode typeNode = node.get("type");
        if (Fields.absent(typeNode) || !typeNode.isTextual() || !TYPES.contains(typeNode.asText())) {
            fields.error(typePath, (Fields.absent(typeNode) ? "is required; " : "") + "must be one of "
                    + String.join(", ", TYPES));
            return new Read(null, null);
        }
        String type = typeNode.asText();
        fields.rejectUnknown(node, path, FIELDS.get(type));
        int before = fields.count();
        Trigger trigger = switch (type) {
            case Trigger.Replenishment.TYPE -> replenishment(node, path);
            case Trigger.Birthday.TYPE -> birthday(node, path);
            case Trigger.Bought.TYPE -> bought(node, path);
            default -> new Trigger.FellAsleep();
        };
        return new Read(type, fields.count() == before ? trigger : null);
    }

    /** The string form: {@code "fell-asleep"}; another type's name alone lacks its settings. */
    private Read named(String name, String path) {
        if (Trigger.FellAsleep.NAME.equals(name)) {
            return new Read(name, new Trigger.FellAsleep());
        }
        if (EXAMPLES.containsKey(name)) {
            fields.error(path, name + " needs its settings: write it as an object, such as " + EXAMPLES.get(name));
            return new Read(name, null);
        }
        fields.error(path, "unknown trigger " + name + "; use " + FORMS);
        return new Read(null, null);
    }

    private Trigger replenishment(JsonNode node, String path) {
        String group = group(node, "group", path);
        BigDecimal remindAt = remindAt(node.get("remindAt"), JsonPaths.field(path, "remindAt"));
        JsonNode cycle = node.get("cycleDays");
        Integer cycleDays = Fields.absent(cycle) ? null : fields.wholeNumber(cycle, JsonPaths.field(path, "cycleDays"),
                1, Trigger.MAX_DAYS, "days of the group's cycle, used while the receipts show too little to learn it");
        if (group == null || remindAt == null || (!Fields.absent(cycle) && cycleDays == null)) {
            return null;
        }
        return new Trigger.Replenishment(group, remindAt, cycleDays);
    }

    private Trigger birthday(JsonNode node, String path) {
        Integer daysBefore = fields.wholeNumber(node.get("daysBefore"), JsonPaths.field(path, "daysBefore"), 0,
                Trigger.Birthday.MAX_DAYS_BEFORE, "days before the birthday (0: on the day)");
        return daysBefore == null ? null : new Trigger.Birthday(daysBefore);
    }

    private Trigger bought(JsonNode node, String path) {
        String group = group(node, "group", path);
        String offerGroup = group(node, "offerGroup", path);
        if (group != null && group.equals(offerGroup)) {
            fields.error(JsonPaths.field(path, "offerGroup"), "must differ from group (" + group
                    + "): the offer is for what goes with the purchase, not for it again");
            offerGroup = null;
        }
        Integer afterDays = fields.wholeNumber(node.get("afterDays"), JsonPaths.field(path, "afterDays"), 0,
                Trigger.MAX_DAYS, "days after the purchase (0: that same day)");
        JsonNode unless = node.get("unlessBoughtWithinDays");
        Integer unlessBoughtWithinDays = Fields.absent(unless) ? Integer.valueOf(
                Trigger.Bought.DEFAULT_UNLESS_BOUGHT_WITHIN_DAYS)
                : fields.wholeNumber(unless, JsonPaths.field(path, "unlessBoughtWithinDays"), 0, Trigger.MAX_DAYS,
                "days before the purchase in which buying from offerGroup means no offer ("
                        + Trigger.Bought.DEFAULT_UNLESS_BOUGHT_WITHIN_DAYS + " when absent)");
        if (group == null || offerGroup == null || afterDays == null || unlessBoughtWithinDays == null) {
            return null;
        }
        return new Trigger.Bought(group, offerGroup, afterDays, unlessBoughtWithinDays);
    }

    /**
     * A product group as the receipts name it: the webhook keeps a line's group stripped, on one line and at most
     * {@value SaleLine#MAX_GROUP_LENGTH} characters, so a name outside that could never match a purchase.
     */
    private String group(JsonNode node, String field, String path) {
        String groupPath = JsonPaths.field(path, field);
        String text = fields.requiredText(node, field, groupPath, SaleLine.MAX_GROUP_LENGTH);
        if (text == null) {
            return null;
        }
        if (!OneLineText.isOneLine(text)) {
            fields.error(groupPath, OneLineText.REFUSAL);
            return null;
        }
        if (!text.equals(text.strip())) {
            fields.error(groupPath, "starts or ends with a space; write the group as the receipts give it, \""
                    + text.strip() + "\"");
            return null;
        }
        return text;
    }

    private BigDecimal remindAt(JsonNode node, String path) {
        String message = "must be a number above 0 and at most " + Trigger.Replenishment.MAX_REMIND_AT + ": the share of the customer's "
                + "cycle after their last purchase of the group when they are reminded, such as 0.75";
        if (Fields.absent(node)) {
            fields.error(path, "is required; " + message);
            return null;
        }
        if (!node.isNumber() || node.decimalValue().signum() <= 0 || node.decimalValue().compareTo(Trigger.Replenishment.MAX_REMIND_AT) > 0) {
            fields.error(path, message);
            return null;
        }
        return node.decimalValue();
    }
}
