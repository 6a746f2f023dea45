package io.winback.text;

import io.winback.report.ReportLanguage;

/**
 * Which form of a noun goes with a count: the one rule Winback writes counts by. Russian has three forms (CLDR's
 * one, few, many for whole numbers): 1, 21, 101 клиент; 2–4, 22–24 клиента; 0, 5–20, 25–30, 111–114 клиентов (the
 * teens take "many" whatever their last digit). English has two: 1 customer, every other count customers.
 */
public final class Plural {
    /** The form a count takes; English uses {@link #ONE} and {@link #MANY} (CLDR's "other"). */
    public enum Form { ONE, FEW, MANY }

    private Plural() {
    }

    public static Form of(long count, ReportLanguage language) {
        return language == ReportLanguage.RU ? russian(count) : english(count);
    }

    static Form russian(long count) {
        long n = Math.abs(count);
        long lastTwo = n % 100;
        long last = n % 10;
        if (lastTwo >= 11 && lastTwo <= 14) {
            return Form.MANY;
        }
        if (last == 1) {
            return Form.ONE;
        }
        return last >= 2 && last <= 4 ? Form.FEW : Form.MANY;
    }

    static Form english(long count) {
        return Math.abs(count) == 1 ? Form.ONE : Form.MANY;
    }
}
