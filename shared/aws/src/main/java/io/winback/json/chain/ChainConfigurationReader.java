package io.winback.json.chain;

import io.winback.json.Fields;
import io.winback.json.JsonPaths;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.chain.BonusOffer;
import io.winback.chain.BudgetCap;
import io.winback.tasks.CallTaskRule;
import io.winback.chain.Chain;
import io.winback.chain.ChainConfiguration;
import io.winback.chain.ChainStep;
import io.winback.chain.Channel;
import io.winback.messages.MessageContent;
import io.winback.chain.Playbook;
import io.winback.messages.GroupPlaceholder;
import io.winback.messages.TemplateText;
import io.winback.chain.Trigger;
import io.winback.domain.OneLineText;
import io.winback.domain.PurchaseBand;
import io.winback.validation.FieldError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads one configuration document, checking every rule {@link ChainConfigurationJson} lists and collecting every
 * broken one. One instance reads one document.
 */
final class ChainConfigurationReader {
    static final int MAX_CHAIN_ID_LENGTH = 64;
    static final int MAX_OFFSET_DAYS = 365;
    static final int MAX_VALID_DAYS = 90;
    static final int MAX_DEADLINE_DAYS = 30;
    static final int MAX_CONVERSION_WINDOW_DAYS = 90;
    static final int MAX_SMS_LENGTH = 1000;
    static final int MAX_SUBJECT_LENGTH = 200;
    static final int MAX_EMAIL_LENGTH = 20_000;
    static final Set<String> LANGUAGES = Fields.ordered(Playbook.DEFAULT_LANGUAGE, "en");

    /** A GET answer carries the cap in force back ({@code bonusCap}); it is computed, so a PUT ignores it. */
    private static final Set<String> ROOT_FIELDS = Fields.ordered("version", "basedOn", "budget", "chains", "bonusCap");
    private static final Set<String> BUDGET_FIELDS = Fields.ordered("averageCheck", "margin", "share");
    /** A chain carries back whether it runs and why ({@code running}, {@code why}, {@code cycle}); computed, so a
     * PUT ignores them. */
    private static final Set<String> CHAIN_FIELDS = Fields.ordered("id", "trigger", "segment", "priority", "steps",
            "running", "why", "cycle");
    private static final Set<String> STEP_FIELDS =
            Fields.ordered("offsetDays", "bonus", "channels", "messages", "call", "conversionWindowDays");
    /** A bonus carries back whether the cap holds it down ({@code capped}); computed, so a PUT ignores it. */
    private static final Set<String> BONUS_FIELDS = Fields.ordered("validDays", "amount", "capped");
    private static final Set<String> CALL_FIELDS = Fields.ordered("deadlineDays", "script");
    /** A script staff read out: a few paragraphs at most. */
    static final int MAX_SCRIPT_LENGTH = 2_000;
    /** An SMS carries back what GET reports of its encoding; those are computed, so a PUT ignores them. */
    private static final Set<String> SMS_FIELDS = Fields.ordered("text", "encoding", "parts", "length",
            "partsWithLongestValues", "note");
    private static final Set<String> EMAIL_FIELDS = Fields.ordered("subject", "text");
    private static final List<String> BONUS_PLACEHOLDERS = List.of("{amount}", "{until}");
    private static final String PLACEHOLDER_LIST = "use {name}, {amount}, {until} or {store}";
    private static final String PLACEHOLDER_LIST_WITH_GROUP = "use {name}, {amount}, {until}, {store} or "
            + GroupPlaceholder.PLACEHOLDER;
    private static final String SEGMENT_LABELS = Arrays.stream(PurchaseBand.values()).map(PurchaseBand::label)
            .collect(Collectors.joining(", ")) + " or a segment's id";
    /** The shape of a segment's id ({@code POST /v1/segments}); anything else is no segment's. */
    private static final String SEGMENT_ID = "[a-z0-9][a-z0-9-]{0,63}";

    private final List<FieldError> errors;
    private final Fields fields;
    private final TriggerReader triggers;
    private final BonusLimits limits;
    private final int defaultWindowDays;
    private final Predicate<String> segmentExists;

    /** @param segmentExists whether the shop defined a segment of that id, which a chain may be limited to */
    ChainConfigurationReader(BonusLimits limits, Predicate<String> segmentExists) {
        this(limits, new ArrayList<>(), ChainStep.DEFAULT_CONVERSION_WINDOW_DAYS, segmentExists);
    }

    /**
     * A reader adding its mistakes to {@code errors} (a campaign's steps are read with the rest of the campaign),
     * each step's {@code conversionWindowDays} {@code defaultWindowDays} when absent.
     */
    ChainConfigurationReader(BonusLimits limits, List<FieldError> errors, int defaultWindowDays) {
        this(limits, errors, defaultWindowDays, segment -> false);
    }

    private ChainConfigurationReader(BonusLimits limits, List<FieldError> errors, int defaultWindowDays,
                                     Predicate<String> segmentExists) {
        this.segmentExists = segmentExists;
        this.limits = limits;
        this.errors = errors;
        this.fields = new Fields(errors);
        this.triggers = new TriggerReader(fields);
        this.defaultWindowDays = defaultWindowDays;
    }

    ParsedConfiguration read(JsonNode root) {
        if (root == null || !root.isObject()) {
            fields.error("body", "must be a JSON object with the chains and the budget");
            return new ParsedConfiguration.Invalid(errors);
        }
        fields.rejectUnknown(root, "", ROOT_FIELDS);
        Integer version = Fields.absent(root.get("version")) ? null
                : fields.wholeNumber(root.get("version"), "version", 0, Integer.MAX_VALUE, "the version");
        Integer basedOn = Fields.absent(root.get("basedOn")) ? null
                : fields.wholeNumber(root.get("basedOn"), "basedOn", 0, Integer.MAX_VALUE, "the version you edited");
        BudgetCap budget = budget(root.get("budget"));
        List<Chain> chains = chains(root.get("chains"), new BonusCapCheck(budget, limits, fields));
        if (!errors.isEmpty()) {
            return new ParsedConfiguration.Invalid(errors);
        }
        return new ParsedConfiguration.Valid(new ChainConfiguration(version == null ? 0 : version, chains, budget),
                basedOn != null ? basedOn : version);
    }

    /** The budget, {@link BudgetCap#DEFAULT} when absent, null when it has mistakes. */
    private BudgetCap budget(JsonNode node) {
        if (Fields.absent(node)) {
            return BudgetCap.DEFAULT;
        }
        if (fields.requiredObject(node, "budget", "averageCheck, margin and share") == null) {
            return null;
        }
        fields.rejectUnknown(node, "budget", BUDGET_FIELDS);
        int before = errors.size();
        BigDecimal averageCheck = Fields.absent(node.get("averageCheck")) ? null
                : fields.money(node.get("averageCheck"), "budget.averageCheck");
        BigDecimal margin = fields.fraction(node.get("margin"), "budget.margin");
        BigDecimal share = fields.fraction(node.get("share"), "budget.share");
        return errors.size() == before ? new BudgetCap(averageCheck, margin, share) : null;
    }

    private List<Chain> chains(JsonNode node, BonusCapCheck capCheck) {
        if (Fields.absent(node) || !node.isArray()) {
            fields.error("chains", (Fields.absent(node) ? "is required; " : "")
                    + "must be a list of chains (an empty list stops every chain)");
            return List.of();
        }
        List<Chain> chains = new ArrayList<>();
        Map<String, String> pathOfId = new HashMap<>();
        Map<String, String> pathOfTriggerAndBand = new HashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String path = JsonPaths.index("chains", i);
            JsonNode chainNode = fields.requiredObject(node.get(i), path, "id, trigger, segment, priority and steps");
            if (chainNode == null) {
                continue;
            }
            Chain chain = chain(chainNode, path, capCheck, pathOfId, pathOfTriggerAndBand);
            if (chain != null) {
                chains.add(chain);
            }
        }
        return chains;
    }

    /** One chain; {@code pathOfId} and {@code pathOfTriggerAndBand} remember the chains before it. */
    private Chain chain(JsonNode node, String path, BonusCapCheck capCheck, Map<String, String> pathOfId,
                        Map<String, String> pathOfTriggerAndBand) {
        fields.rejectUnknown(node, path, CHAIN_FIELDS);
        int before = errors.size();
        String idPath = JsonPaths.field(path, "id");
        String id = fields.requiredText(node, "id", idPath, MAX_CHAIN_ID_LENGTH);
        if (id != null && !id.matches("[A-Za-z0-9._+-]+")) {
            // Chain ids go into episode records and keys, where '#' and spaces would break them.
            fields.error(idPath, "may hold only letters, digits, '.', '_', '+' and '-'");
        }
        if (id != null && pathOfId.putIfAbsent(id, path) != null) {
            fields.error(idPath, "duplicate chain id " + id + "; " + pathOfId.get(id) + " has it already");
        }
        TriggerReader.Read read = triggers.read(node.get("trigger"), JsonPaths.field(path, "trigger"));
        Trigger trigger = read.trigger();
        String segmentPath = JsonPaths.field(path, "segment");
        boolean everyone = !read.needsSegment() && Fields.absent(node.get("segment"));
        Audience audience = everyone ? new Audience(null, null) : audience(node, segmentPath);
        if (trigger != null && audience != null) {
            String earlier = pathOfTriggerAndBand.putIfAbsent(trigger.name() + "|" + audience.key(), path);
            if (earlier != null) {
                fields.error(segmentPath, everyone
                        ? earlier + " is already the " + trigger.name() + " chain that names no segment (everyone's); "
                        + "a trigger starts one such chain, and one per segment"
                        : earlier + " is already the " + trigger.name() + " chain of segment " + audience.label()
                        + "; a trigger starts one chain per segment");
            }
        }
        JsonNode priorityNode = node.get("priority");
        Integer priority = Fields.absent(priorityNode) ? null
                : fields.wholeNumber(priorityNode, JsonPaths.field(path, "priority"), Chain.MIN_PRIORITY,
                Chain.MAX_PRIORITY, "the order among chains due for one customer on one day (the lowest starts)");
        List<ChainStep> steps = steps(node.get("steps"), JsonPaths.field(path, "steps"), id, trigger, capCheck);
        if (errors.size() != before) {
            return null;
        }
        return new Chain(id, trigger, audience.band(), steps,
                priority == null ? trigger.defaultPriority() : priority, audience.segment());
    }

    /** Whom a chain is limited to: a purchase band, a segment the shop defined, or (both null) nobody in particular. */
    private record Audience(PurchaseBand band, String segment) {
        String label() {
            return band != null ? band.label() : segment;
        }

        /** Distinct for a band and a segment however they are spelled: "band:VIP", "segment:vip". */
        String key() {
            return band != null ? "band:" + band.label() : segment != null ? "segment:" + segment : "";
        }
    }

    /**
     * The chain's {@code segment}: a band's label ({@code 1}, {@code 2-3}, {@code 4+}, {@code VIP}), else the id of a
     * segment the shop defined; null when it is neither.
     */
    private Audience audience(JsonNode chain, String path) {
        JsonNode node = chain.get("segment");
        if (Fields.absent(node) || !node.isTextual()) {
            fields.error(path, (Fields.absent(node) ? "is required; " : "") + "must be one of " + SEGMENT_LABELS);
            return null;
        }
        String text = node.asText();
        for (PurchaseBand band : PurchaseBand.values()) {
            if (band.label().equals(text)) {
                return new Audience(band, null);
            }
        }
        // "vip" is no segment's id either: segments may not take a band's label in any case.
        boolean likeABand = Arrays.stream(PurchaseBand.values()).anyMatch(b -> b.label().equalsIgnoreCase(text));
        if (likeABand || !text.matches(SEGMENT_ID)) {
            fields.error(path, "unknown segment " + text + "; use " + SEGMENT_LABELS);
            return null;
        }
        if (!segmentExists.test(text)) {
            fields.error(path, "no segment '" + text + "'; define it with POST /v1/segments");
            return null;
        }
        return new Audience(null, text);
    }

    /** The steps of a chain of {@code trigger} (null: it has mistakes, so its messages' {group} is not judged). */
    List<ChainStep> steps(JsonNode node, String path, String chainId, Trigger trigger, BonusCapCheck capCheck) {
        if (Fields.absent(node) || !node.isArray() || node.isEmpty()) {
            fields.error(path, "must be a list of at least one step");
            return List.of();
        }
        List<ChainStep> steps = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String stepPath = JsonPaths.index(path, i);
            JsonNode stepNode = fields.requiredObject(node.get(i), stepPath,
                    "offsetDays and what the step does: channels with messages, a bonus or a call");
            if (stepNode != null) {
                steps.add(step(stepNode, stepPath, chainId, i, trigger, capCheck));
            }
        }
        return steps;
    }

    private ChainStep step(JsonNode node, String path, String chainId, int index, Trigger trigger,
                           BonusCapCheck capCheck) {
        boolean first = index == 0;
        fields.rejectUnknown(node, path, STEP_FIELDS);
        String offsetPath = JsonPaths.field(path, "offsetDays");
        Integer offsetDays = first
                ? fields.wholeNumber(node.get("offsetDays"), offsetPath, 0, MAX_OFFSET_DAYS,
                "days after the trigger's day (0: that same day)")
                : fields.wholeNumber(node.get("offsetDays"), offsetPath, 1, MAX_OFFSET_DAYS,
                "days after the step before");
        BonusOffer bonus = bonus(node.get("bonus"), JsonPaths.field(path, "bonus"), chainId, index, capCheck);
        List<Channel> channels = channels(node.get("channels"), JsonPaths.field(path, "channels"));
        Map<Channel, Map<String, MessageContent>> messages = messages(node.get("messages"),
                JsonPaths.field(path, "messages"), channels,
                new Placeholders(!Fields.absent(node.get("bonus")), trigger));
        CallTaskRule call = call(node.get("call"), JsonPaths.field(path, "call"));
        JsonNode window = node.get("conversionWindowDays");
        Integer conversionWindowDays = Fields.absent(window) ? Integer.valueOf(defaultWindowDays)
                : fields.wholeNumber(window, JsonPaths.field(path, "conversionWindowDays"), 1,
                MAX_CONVERSION_WINDOW_DAYS, "days a purchase after the touch still counts");
        boolean listsChannels = !Fields.absent(node.get("channels")) && !node.get("channels").isEmpty();
        if (!listsChannels && Fields.absent(node.get("bonus")) && Fields.absent(node.get("call"))) {
            fields.error(path, "does nothing: give it channels with messages, a bonus or a call");
        }
        if (offsetDays == null || conversionWindowDays == null) {
            return null;
        }
        return new ChainStep(offsetDays, bonus, messages, channels, call, conversionWindowDays);
    }

    private BonusOffer bonus(JsonNode node, String path, String chainId, int step, BonusCapCheck capCheck) {
        if (Fields.absent(node)) {
            return null;
        }
        if (fields.requiredObject(node, path, "amount and validDays, or null for no bonus") == null) {
            return null;
        }
        fields.rejectUnknown(node, path, BONUS_FIELDS);
        BigDecimal amount = fields.money(node.get("amount"), JsonPaths.field(path, "amount"));
        Integer validDays = fields.wholeNumber(node.get("validDays"), JsonPaths.field(path, "validDays"), 1,
                MAX_VALID_DAYS, "days");
        if (amount != null) {
            capCheck.check(chainId, step, amount, JsonPaths.field(path, "amount"));
        }
        return amount == null || validDays == null ? null : new BonusOffer(amount, validDays);
    }

    private List<Channel> channels(JsonNode node, String path) {
        if (Fields.absent(node)) {
            return List.of();
        }
        if (!node.isArray()) {
            fields.error(path, "must be a list of channels in order of preference: sms, email");
            return List.of();
        }
        Set<Channel> channels = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode name = node.get(i);
            String itemPath = JsonPaths.index(path, i);
            Channel channel;
            try {
                channel = name.isTextual() ? Channel.fromWireName(name.asText()) : null;
            } catch (IllegalArgumentException unknown) {
                channel = null;
            }
            if (channel == null) {
                fields.error(itemPath, "must be sms or email");
            } else if (!channels.add(channel)) {
                fields.error(itemPath, channel.wireName() + " is listed twice");
            }
        }
        return List.copyOf(channels);
    }

    private Map<Channel, Map<String, MessageContent>> messages(JsonNode node, String path, List<Channel> channels,
                                                               Placeholders placeholders) {
        Map<Channel, Map<String, MessageContent>> messages = new EnumMap<>(Channel.class);
        if (!Fields.absent(node) && !node.isObject()) {
            fields.error(path, "must be an object of messages by channel and language, such as "
                    + "{\"sms\":{\"ru\":{\"text\":\"...\"}}}");
            return messages;
        }
        if (!Fields.absent(node)) {
            node.fields().forEachRemaining(entry -> {
                String channelPath = JsonPaths.field(path, entry.getKey());
                Channel channel;
                try {
                    channel = Channel.fromWireName(entry.getKey());
                } catch (IllegalArgumentException unknown) {
                    fields.error(channelPath, "is not a channel; use sms or email");
                    return;
                }
                Map<String, MessageContent> byLanguage = languages(entry.getValue(), channelPath, channel,
                        placeholders);
                if (!byLanguage.isEmpty()) {
                    messages.put(channel, byLanguage);
                }
            });
        }
        for (Channel channel : channels) {
            JsonNode listed = Fields.absent(node) ? null : node.get(channel.wireName());
            if (listed == null || !listed.isObject() || Fields.absent(listed.get(Playbook.DEFAULT_LANGUAGE))) {
                fields.error(JsonPaths.field(JsonPaths.field(path, channel.wireName()), Playbook.DEFAULT_LANGUAGE),
                        "is required: " + channel.wireName() + " is among the channels and "
                                + Playbook.DEFAULT_LANGUAGE + " is the default language");
            }
        }
        return messages;
    }

    private Map<String, MessageContent> languages(JsonNode node, String path, Channel channel,
                                                  Placeholders placeholders) {
        Map<String, MessageContent> byLanguage = new LinkedHashMap<>();
        if (fields.requiredObject(node, path, "messages by language: ru, en") == null) {
            return byLanguage;
        }
        node.fields().forEachRemaining(entry -> {
            String languagePath = JsonPaths.field(path, entry.getKey());
            if (!LANGUAGES.contains(entry.getKey())) {
                fields.error(languagePath, "is not a language of the messages; use " + String.join(" or ", LANGUAGES));
                return;
            }
            MessageContent content = channel == Channel.SMS ? sms(entry.getValue(), languagePath, placeholders)
                    : email(entry.getValue(), languagePath, placeholders);
            if (content != null) {
                byLanguage.put(entry.getKey(), content);
            }
        });
        return byLanguage;
    }

    private MessageContent sms(JsonNode node, String path, Placeholders placeholders) {
        if (fields.requiredObject(node, path, "{\"text\": \"...\"}") == null) {
            return null;
        }
        fields.rejectUnknown(node, path, SMS_FIELDS);
        String text = template(node, "text", path, MAX_SMS_LENGTH, placeholders);
        return text == null ? null : MessageContent.sms(text);
    }

    private MessageContent email(JsonNode node, String path, Placeholders placeholders) {
        if (fields.requiredObject(node, path, "{\"subject\": \"...\", \"text\": \"...\"}") == null) {
            return null;
        }
        fields.rejectUnknown(node, path, EMAIL_FIELDS);
        String subject = oneLine(template(node, "subject", path, MAX_SUBJECT_LENGTH, placeholders),
                JsonPaths.field(path, "subject"));
        String text = template(node, "text", path, MAX_EMAIL_LENGTH, placeholders);
        return subject == null || text == null ? null : new MessageContent(subject, text);
    }

    /**
     * What a step's messages may name: the bonus only in a step that grants one, the group only in a chain about one
     * ({@code trigger} null: the chain's trigger has mistakes of its own, so the group is not judged).
     */
    private record Placeholders(boolean hasBonus, Trigger trigger) {
        boolean hasGroup() {
            return trigger == null || GroupPlaceholder.valueFor(trigger).isPresent();
        }

        String list() {
            return hasGroup() ? PLACEHOLDER_LIST_WITH_GROUP : PLACEHOLDER_LIST;
        }
    }

    /**
     * A message text whose placeholders are all known, which names a bonus only in a step that grants one, and a
     * group only in a chain about one.
     */
    private String template(JsonNode message, String field, String messagePath, int maxLength,
                            Placeholders placeholders) {
        String path = JsonPaths.field(messagePath, field);
        String text = fields.requiredText(message, field, path, maxLength);
        if (text == null) {
            return null;
        }
        int before = errors.size();
        for (String unknown : new LinkedHashSet<>(TemplateText.unknownPlaceholders(text))) {
            fields.error(path, "unknown placeholder " + unknown + "; " + placeholders.list());
        }
        TemplateText.strayBrace(text).ifPresent(at -> fields.error(path, "the " + text.charAt(at)
                + " at character " + (at + 1) + " opens or closes no placeholder; " + placeholders.list()));
        if (!placeholders.hasGroup() && text.contains(GroupPlaceholder.PLACEHOLDER)) {
            fields.error(path, GroupPlaceholder.PLACEHOLDER + " names a product group, and a "
                    + placeholders.trigger().type() + " chain has none; " + PLACEHOLDER_LIST);
        }
        boolean hasBonus = placeholders.hasBonus();
        if (!hasBonus) {
            for (String placeholder : BONUS_PLACEHOLDERS) {
                if (text.contains(placeholder)) {
                    fields.error(path, placeholder + " names the bonus, and this step grants none");
                }
            }
        }
        return errors.size() == before ? text : null;
    }

    /** A subject is a mail header: a line break in it would end the header and start the body (or another). */
    private String oneLine(String text, String path) {
        if (text != null && !OneLineText.isOneLine(text)) {
            fields.error(path, OneLineText.REFUSAL);
            return null;
        }
        return text;
    }

    private CallTaskRule call(JsonNode node, String path) {
        if (Fields.absent(node)) {
            return null;
        }
        if (fields.requiredObject(node, path, "deadlineDays, or null for no call") == null) {
            return null;
        }
        fields.rejectUnknown(node, path, CALL_FIELDS);
        Integer deadlineDays = fields.wholeNumber(node.get("deadlineDays"), JsonPaths.field(path, "deadlineDays"), 1,
                MAX_DEADLINE_DAYS, "days staff have to make the call");
        Map<String, String> script = script(node.get("script"), JsonPaths.field(path, "script"));
        return deadlineDays == null || script == null ? null : new CallTaskRule(deadlineDays, script);
    }

    /** {@code {"ru": "…", "en": "…"}}: what staff say, by the customer's language; absent: none. Null when refused. */
    private Map<String, String> script(JsonNode node, String path) {
        if (Fields.absent(node)) {
            return Map.of();
        }
        if (!node.isObject() || node.isEmpty()) {
            fields.error(path, "must be an object of language (ru, en) to the text staff read out");
            return null;
        }
        Map<String, String> script = new java.util.LinkedHashMap<>();
        boolean refused = false;
        for (var entry : node.properties()) {
            String at = JsonPaths.field(path, entry.getKey());
            if (!"ru".equals(entry.getKey()) && !"en".equals(entry.getKey())) {
                fields.error(at, "must be ru or en");
                refused = true;
            } else if (!entry.getValue().isTextual() || entry.getValue().asText().isBlank()
                    || entry.getValue().asText().length() > MAX_SCRIPT_LENGTH) {
                fields.error(at, "must be the text staff read out, 1-" + MAX_SCRIPT_LENGTH + " characters");
                refused = true;
            } else {
                script.put(entry.getKey(), entry.getValue().asText());
            }
        }
        return refused ? null : script;
    }

}
