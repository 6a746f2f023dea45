package io.winback.messages;

import io.winback.money.Money;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Message templates with {@code {name}}, {@code {amount}}, {@code {until}}, {@code {store}} and, in a chain about a
 * product group, {@code {group}} ({@link GroupPlaceholder}).
 */
public final class TemplateText {
    public static final Set<String> PLACEHOLDERS = Set.of("name", "amount", "until", "store", GroupPlaceholder.NAME);
    /**
     * The most characters {@code {name}} puts in a message. A till may send names of up to 200 characters, which
     * would make a one-part SMS a four-part one; a longer name is shortened to its first word (or cut).
     */
    public static final int MAX_NAME_IN_MESSAGE = 40;
    /** {@code {until}} is a day and month, dd.MM: always five characters. */
    static final String LONGEST_UNTIL = "31.12";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private TemplateText() {
    }

    /** Placeholders in {@code template} that Winback does not know, in order of appearance. */
    public static List<String> unknownPlaceholders(String template) {
        List<String> unknown = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                unknown.add(m.group());
            }
        }
        return unknown;
    }

    /**
     * Where {@code template} has a brace that opens or closes no placeholder ({@code "Hi {name"}), as a character
     * index; such a brace would go out to the customer as written.
     */
    public static OptionalInt strayBrace(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        int from = 0;
        while (true) {
            int end = m.find(from) ? m.start() : template.length();
            for (int i = from; i < end; i++) {
                if (template.charAt(i) == '{' || template.charAt(i) == '}') {
                    return OptionalInt.of(i);
                }
            }
            if (end == template.length()) {
                return OptionalInt.empty();
            }
            from = m.end();
        }
    }

    /** A name as {@code {name}} puts it in a message: at most {@value #MAX_NAME_IN_MESSAGE} characters. */
    public static String nameInMessage(String name) {
        if (name == null || name.codePointCount(0, name.length()) <= MAX_NAME_IN_MESSAGE) {
            return name;
        }
        String firstWord = name.strip().split("\\s+", 2)[0];
        String shorter = firstWord.codePointCount(0, firstWord.length()) <= MAX_NAME_IN_MESSAGE ? firstWord : name;
        return shorter.substring(0, shorter.offsetByCodePoints(0,
                Math.min(MAX_NAME_IN_MESSAGE, shorter.codePointCount(0, shorter.length()))));
    }

    /** 100, not 100.00: whole amounts read as people write them ({@link Money#inMessage(BigDecimal)}). */
    public static String amount(BigDecimal amount) {
        return Money.inMessage(amount);
    }

    /**
     * The longest value each placeholder can take: {@code {name}} at {@value #MAX_NAME_IN_MESSAGE} characters of
     * an alphabet GSM-7 lacks (a Cyrillic name turns a Latin SMS into UCS-2), {@code {amount}} as the step grants it,
     * {@code {until}} as five characters, {@code {store}} as the shop's name.
     */
    public static Map<String, String> longestValues(BigDecimal bonusAmount, String storeName) {
        return longestValues(bonusAmount, storeName, null);
    }

    /** As {@link #longestValues(BigDecimal, String)}, and {@code {group}} as the chain's group (null: none). */
    public static Map<String, String> longestValues(BigDecimal bonusAmount, String storeName, String group) {
        Map<String, String> values = new HashMap<>();
        values.put(GroupPlaceholder.NAME, group == null ? "" : group);
        values.put("name", "Ж".repeat(MAX_NAME_IN_MESSAGE));
        values.put("amount", bonusAmount == null ? "" : amount(bonusAmount));
        values.put("until", LONGEST_UNTIL);
        values.put("store", storeName == null ? "" : storeName);
        return values;
    }

    /** The text with each known placeholder replaced; a value that is null becomes empty. */
    public static String render(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = !PLACEHOLDERS.contains(name) ? m.group()
                    : name.equals("name") ? nameInMessage(values.get(name)) : values.getOrDefault(name, "");
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        m.appendTail(out);
        return out.toString().replaceAll(" {2,}", " ").strip();
    }
}
