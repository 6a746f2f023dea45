package io.winback.text;

import io.winback.report.ReportLanguage;

/**
 * A noun Winback counts, in each of its forms: {@code ruOne} (1 клиент), {@code ruFew} (2 клиента), {@code ruMany}
 * (5 клиентов), {@code enOne} (1 customer), {@code enOther} (2 customers). {@link #count} writes "<count> <noun>"
 * with the count grouped as the language writes numbers ({@link ShopText#number}).
 */
public record Noun(String ruOne, String ruFew, String ruMany, String enOne, String enOther) {
    public static final Noun CUSTOMER = new Noun("клиент", "клиента", "клиентов", "customer", "customers");
    public static final Noun MESSAGE = new Noun("сообщение", "сообщения", "сообщений", "message", "messages");
    public static final Noun DAY = new Noun("день", "дня", "дней", "day", "days");
    public static final Noun INTERVAL = new Noun("интервал", "интервала", "интервалов", "interval", "intervals");
    public static final Noun BUYER = new Noun("покупатель", "покупателя", "покупателей", "customer", "customers");
    public static final Noun SALE = new Noun("продажа", "продажи", "продаж", "sale", "sales");
    public static final Noun CALL = new Noun("звонок", "звонка", "звонков", "call", "calls");
    /** What an SMS is billed by: a long or Cyrillic text goes out in several parts. */
    public static final Noun SMS_PART = new Noun("часть", "части", "частей", "part", "parts");
    public static final Noun CHARACTER = new Noun("знак", "знака", "знаков", "character", "characters");
    public static final Noun PURCHASE = new Noun("покупка", "покупки", "покупок", "purchase", "purchases");

    public Noun {
        for (String form : new String[] {ruOne, ruFew, ruMany, enOne, enOther}) {
            if (form == null || form.isBlank()) {
                throw new IllegalArgumentException("a noun needs each of its five forms");
            }
        }
    }

    /** The form that goes with {@code count}: клиент, клиента or клиентов; customer or customers. */
    public String form(long count, ReportLanguage language) {
        return switch (Plural.of(count, language)) {
            case ONE -> language.pick(ruOne, enOne);
            case FEW -> ruFew;
            case MANY -> language.pick(ruMany, enOther);
        };
    }

    /** "1 234 клиента", "21 клиент", "1,234 customers". */
    public String count(long count, ReportLanguage language) {
        return ShopText.number(count, language) + " " + form(count, language);
    }
}
