package io.winback.console;

import io.winback.chain.BonusValidity;
import io.winback.messages.SmsParts;
import io.winback.messages.TemplateText;
import io.winback.report.ReportLanguage;
import io.winback.text.Noun;
import io.winback.text.ShopText;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * What a message template turns into: the text a sample customer would read today, and what an SMS of it costs
 * when every placeholder is at its longest (a customer with a 40-letter Cyrillic name is billed for that, so the
 * marketer sees the worst case, not the pleasant one).
 *
 * @param sample    the message for the sample customer
 * @param billing   "2 части (UCS-2, 134 знака) · 8 ₽" at the longest values; null for an email
 */
public record MessagePreview(String sample, String billing) {
    /** "2 части (UCS-2, 134 знака)": how an SMS travels. */
    static String parts(SmsParts parts, ReportLanguage language) {
        return Noun.SMS_PART.count(parts.parts(), language) + " (" + parts.encoding() + ", "
                + Noun.CHARACTER.count(parts.length(), language) + ")";
    }

    /** The SMS of {@code template} with every placeholder at its longest: what a customer may be billed for. */
    static SmsParts longest(String template, BigDecimal amount, String storeName, String group) {
        return SmsParts.of(TemplateText.render(template, TemplateText.longestValues(amount, storeName, group)));
    }

    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd.MM");

    /** Who the sample customer is: a first name each language's reader takes for a customer. */
    static String sampleName(ReportLanguage language) {
        return language.pick("Анна", "Anna");
    }

    /**
     * @param amount    what the step grants (already held down to the cap), or null: no bonus
     * @param validDays the bonus's days, when it has one
     * @param group     what {@code {group}} reads in the chain, or null
     */
    static MessagePreview of(String template, boolean sms, BigDecimal amount, int validDays, String storeName,
                             String group, Instant now, ZoneId zone, BigDecimal smsPrice, String currency,
                             ReportLanguage language) {
        Map<String, String> sample = new java.util.HashMap<>();
        sample.put("name", sampleName(language));
        sample.put("store", storeName);
        sample.put("group", group == null ? "" : group);
        if (amount != null) {
            sample.put("amount", TemplateText.amount(amount));
            sample.put("until", BonusValidity.lastDay(now, validDays, zone).format(DAY_MONTH));
        }
        String text = TemplateText.render(template, sample);
        if (!sms) {
            return new MessagePreview(text, null);
        }
        SmsParts longest = longest(template, amount, storeName, group);
        String billing = parts(longest, language) + " · "
                + ShopText.money(smsPrice.multiply(BigDecimal.valueOf(longest.parts())), currency, language);
        return new MessagePreview(text, billing);
    }
}
