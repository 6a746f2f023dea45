package io.winback.json.chain;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winback.chain.BonusCap;
import io.winback.chain.BudgetCap;
import io.winback.chain.Chain;
import io.winback.chain.ChainConfiguration;
import io.winback.chain.ChainStep;
import io.winback.chain.Channel;
import io.winback.messages.MessageContent;
import io.winback.chain.Playbook;
import io.winback.messages.SmsParts;
import io.winback.messages.GroupPlaceholder;
import io.winback.messages.TemplateText;
import io.winback.chain.Trigger;
import io.winback.json.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a configuration in the document shape {@link ChainConfigurationJson} describes. Absent bonus, call and
 * average check are written as {@code null}, so a marketer sees every field they may set. Given the cap in force,
 * it is shown too ({@code bonusCap}), and each bonus above it says so ({@code capped}): what the worker grants instead
 * and why.
 */
final class ChainConfigurationWriter {
    private ChainConfigurationWriter() {
    }

    /**
     * @param cap       the cap in force, or null to write the document alone (as it is stored)
     * @param storeName what {@code {store}} reads, for the SMS parts counted at the longest values; null: only the
     *                  parts of the template as written (the stored document)
     */
    static ObjectNode write(ChainConfiguration configuration, BonusCap cap, String storeName) {
        ObjectNode root = Json.objectNode();
        root.put("version", configuration.version());
        root.set("budget", budget(configuration.budget()));
        if (cap != null) {
            root.set("bonusCap", cap(cap));
        }
        ArrayNode chains = root.putArray("chains");
        for (Chain chain : configuration.chains()) {
            ObjectNode node = chains.addObject();
            node.put("id", chain.id());
            trigger(node, chain.trigger());
            if (chain.band() != null) {
                node.put("segment", chain.band().label());
            } else if (chain.segment() != null) {
                node.put("segment", chain.segment());
            } else {
                node.putNull("segment");
            }
            node.put("priority", chain.priority());
            String group = GroupPlaceholder.valueFor(chain.trigger()).orElse(null);
            ArrayNode steps = node.putArray("steps");
            chain.steps().forEach(step -> steps.add(step(step, cap, storeName, group)));
        }
        return root;
    }

    /**
     * {@code "fell-asleep"} as a string, as every configuration wrote it before the other triggers; the others as an
     * object of their settings, an absent {@code cycleDays} as null and the default {@code unlessBoughtWithinDays}
     * written out, so a marketer sees every setting they may change.
     */
    private static void trigger(ObjectNode chain, Trigger trigger) {
        switch (trigger) {
            case Trigger.FellAsleep asleep -> chain.put("trigger", asleep.name());
            case Trigger.Replenishment refill -> {
                ObjectNode node = chain.putObject("trigger").put("type", refill.type()).put("group", refill.group())
                        .put("remindAt", refill.remindAt());
                if (refill.cycleDays() == null) {
                    node.putNull("cycleDays");
                } else {
                    node.put("cycleDays", refill.cycleDays());
                }
            }
            case Trigger.Birthday birthday -> chain.putObject("trigger").put("type", birthday.type())
                    .put("daysBefore", birthday.daysBefore());
            case Trigger.Bought bought -> chain.putObject("trigger").put("type", bought.type())
                    .put("group", bought.group()).put("offerGroup", bought.offerGroup())
                    .put("afterDays", bought.afterDays())
                    .put("unlessBoughtWithinDays", bought.unlessBoughtWithinDays());
            case Trigger.Campaign campaign -> chain.putObject("trigger").put("type", campaign.type())
                    .put("campaign", campaign.campaignId());
        }
    }

    private static ObjectNode budget(BudgetCap budget) {
        ObjectNode node = Json.objectNode();
        node.put("averageCheck", budget.averageCheck());
        node.put("margin", budget.margin());
        node.put("share", budget.share());
        return node;
    }

    /** The cap in force and what it is made of: what a marketer needs to see to keep bonuses under it. */
    private static ObjectNode cap(BonusCap cap) {
        ObjectNode node = Json.objectNode();
        node.put("amount", cap.amount());
        node.put("maxBonus", cap.maxBonus());
        node.put("averageCheck", cap.check().amount());
        node.put("averageCheckSource", cap.check().source().wireName());
        node.put("purchases", cap.check().purchases());
        return node;
    }

    /** One step; {@code group} is what {@code {group}} reads in its chain (null: none). */
    static ObjectNode step(ChainStep step, BonusCap cap, String storeName, String group) {
        ObjectNode node = Json.objectNode();
        node.put("offsetDays", step.offsetDays());
        if (step.bonus() == null) {
            node.putNull("bonus");
        } else {
            ObjectNode bonus = node.putObject("bonus").put("amount", step.bonus().amount())
                    .put("validDays", step.bonus().validDays());
            if (cap != null) {
                cap.reasonAbove(step.bonus().amount()).ifPresent(reason -> bonus.putObject("capped")
                        .put("amount", cap.amount()).put("reason", reason + "; until then "
                                + cap.amount().toPlainString() + " is granted and named in the message"));
            }
        }
        ArrayNode channels = node.putArray("channels");
        step.channels().forEach(channel -> channels.add(channel.wireName()));
        ObjectNode messages = node.putObject("messages");
        for (Channel channel : Channel.values()) {
            Map<String, MessageContent> byLanguage = step.messages().get(channel);
            if (byLanguage == null) {
                continue;
            }
            ObjectNode languages = messages.putObject(channel.wireName());
            for (String language : defaultLanguageFirst(byLanguage)) {
                MessageContent content = byLanguage.get(language);
                languages.set(language, channel == Channel.SMS ? sms(content, step, storeName, group)
                        : email(content));
            }
        }
        if (step.call() == null) {
            node.putNull("call");
        } else {
            var call = node.putObject("call").put("deadlineDays", step.call().deadlineDays());
            if (!step.call().script().isEmpty()) {
                var script = call.putObject("script");
                new java.util.TreeMap<>(step.call().script()).forEach(script::put);
            }
        }
        node.put("conversionWindowDays", step.conversionWindowDays());
        return node;
    }

    /**
     * The text, and how it travels: on the template as written, and (with the shop's name known) with every
     * placeholder at its longest value, which is what a customer with a long or Cyrillic name is billed for.
     */
    private static ObjectNode sms(MessageContent content, ChainStep step, String storeName, String group) {
        SmsParts parts = SmsParts.of(content.body());
        ObjectNode node = Json.objectNode();
        node.put("text", content.body());
        node.put("encoding", parts.encoding());
        node.put("parts", parts.parts());
        node.put("length", parts.length());
        if (storeName != null) {
            SmsParts longest = SmsParts.of(TemplateText.render(content.body(), TemplateText.longestValues(
                    step.bonus() == null ? null : step.bonus().amount(), storeName, group)));
            node.put("partsWithLongestValues", longest.parts());
            if (content.body().contains("{name}")) {
                node.put("note", "{name} counted at its longest, " + TemplateText.MAX_NAME_IN_MESSAGE
                        + " characters in any alphabet (a longer name goes out as its first word); {amount}, "
                        + (group == null ? "{until} and {store}" : "{until}, {store} and {group}")
                        + " as they will read");
            }
        }
        return node;
    }

    private static ObjectNode email(MessageContent content) {
        ObjectNode node = Json.objectNode();
        node.put("subject", content.subject());
        node.put("text", content.body());
        return node;
    }

    private static List<String> defaultLanguageFirst(Map<String, MessageContent> byLanguage) {
        List<String> languages = new ArrayList<>(byLanguage.keySet());
        languages.sort((a, b) -> a.equals(b) ? 0 : a.equals(Playbook.DEFAULT_LANGUAGE) ? -1
                : b.equals(Playbook.DEFAULT_LANGUAGE) ? 1 : a.compareTo(b));
        return languages;
    }
}
