package io.winback.report.reactivation;

import io.winback.report.ReportLanguage;
import io.winback.text.Noun;
import io.winback.text.ShopText;

import java.util.Locale;

/** What a comparison of treated and holdout allows one to say, in words an owner reads. */
public enum Verdict {
    /** Nobody in one of the groups: nothing to compare. */
    NO_HOLDOUT,
    /** Fewer holdout customers than {@link Economics#minHoldout()}: too few to judge. */
    HOLDOUT_TOO_SMALL,
    /** The interval of the uplift spans zero: the chain may have done nothing. */
    INCONCLUSIVE,
    /** The whole interval is above zero: the chain brought customers back. */
    POSITIVE,
    /** The whole interval is below zero: fewer came back with the chain than without. */
    NEGATIVE;

    public static Verdict of(long treated, long holdout, Interval uplift, int minHoldout) {
        if (treated == 0 || holdout == 0 || uplift == null) {
            return NO_HOLDOUT;
        }
        if (holdout < minHoldout) {
            return HOLDOUT_TOO_SMALL;
        }
        return uplift.spansZero() ? INCONCLUSIVE : uplift.low() > 0 ? POSITIVE : NEGATIVE;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The verdict's name in a CSV cell: the wire name in English, a few Russian words in Russian. */
    public String label(ReportLanguage language) {
        return language == ReportLanguage.EN ? wireName() : switch (this) {
            case NO_HOLDOUT -> "не с чем сравнить";
            case HOLDOUT_TOO_SMALL -> "мала контрольная группа";
            case INCONCLUSIVE -> "эффект не доказан";
            case POSITIVE -> "возвращает";
            case NEGATIVE -> "хуже, чем без неё";
        };
    }

    /**
     * The verdict in a sentence, with the smallest uplift this sample could detect when the answer is "cannot tell".
     *
     * @param mdePoints the minimum detectable uplift in percentage points, or null
     */
    public String words(ReportLanguage language, long holdout, int minHoldout, String mdePoints) {
        String mdeRu = mdePoints == null ? "" : " При такой выборке заметен только прирост от " + mdePoints
                + " п.п. (мощность 80 %, уровень 5 %).";
        String mdeEn = mdePoints == null ? "" : " With this sample only an uplift of " + mdePoints
                + " pp or more could be detected (80 % power, 5 % two-sided).";
        return switch (this) {
            case NO_HOLDOUT -> language.pick(
                    "Не с чем сравнить: в одной из групп (рассылка или контрольная) никого нет.",
                    "Nothing to compare: one of the groups (treated or holdout) is empty.");
            case HOLDOUT_TOO_SMALL -> language.pick(
                    "Контрольная группа слишком мала для вывода: " + Noun.CUSTOMER.count(holdout, language)
                            + ", нужно не меньше " + ShopText.number(minHoldout, language) + "." + mdeRu,
                    "The holdout is too small to conclude: " + Noun.CUSTOMER.count(holdout, language) + ", at least "
                            + ShopText.number(minHoldout, language) + " needed." + mdeEn);
            case INCONCLUSIVE -> language.pick(
                    "Эффект не доказан: доверительный интервал прироста включает ноль." + mdeRu,
                    "No proven effect: the uplift's confidence interval includes zero." + mdeEn);
            case POSITIVE -> language.pick(
                    "Цепочка возвращает клиентов: весь доверительный интервал прироста выше нуля.",
                    "The chain brings customers back: the whole confidence interval of the uplift is above zero.");
            case NEGATIVE -> language.pick(
                    "С цепочкой возвращается меньше клиентов, чем без неё: весь интервал ниже нуля.",
                    "Fewer customers come back with the chain than without: the whole interval is below zero.");
        };
    }
}
