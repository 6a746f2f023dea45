package io.winback.reports;

import io.winback.report.ReportLanguage;
import io.winback.sleep.TimingInForce;
import io.winback.sleep.TimingReport;
import io.winback.text.ShopText;

import java.util.Locale;

/**
 * Which timing decides when customers fall asleep, and why, in one sentence for the owner: the report's
 * {@code summary} and the dashboard's line.
 */
final class TimingWords {
    private TimingWords() {
    }

    static String sentence(TimingInForce inForce, TimingReport report, ReportLanguage lang) {
        TimingReport.Cutoff total = report == null ? null : report.total();
        if (inForce instanceof TimingInForce.Model model) {
            String since = ShopText.day(model.asOf(), lang);
            return lang.pick("Работает модель магазина с " + since, "The shop's own model since " + since)
                    + (total == null ? "" : ": " + evidence(total, lang));
        }
        TimingInForce.Playbook playbook = (TimingInForce.Playbook) inForce;
        return lang.pick("Пока плейбук: ", "The playbook for now: ") + reason(playbook.reason(), report, lang);
    }

    private static String evidence(TimingReport.Cutoff total, ReportLanguage lang) {
        String auc = lang.pick("AUC " + auc(total.modelAuc(), lang) + " против " + auc(total.playbookAuc(), lang)
                + " у плейбука", "AUC " + auc(total.modelAuc(), lang) + " against the playbook's "
                + auc(total.playbookAuc(), lang));
        if (total.playbookCaught() == 0) {
            return auc;
        }
        long percent = Math.round(100.0 * (total.modelCaught() - total.playbookCaught()) / total.playbookCaught());
        String more = percent >= 0
                ? lang.pick("на " + percent + " % больше", percent + " % more")
                : lang.pick("на " + -percent + " % меньше", -percent + " % fewer");
        return auc + lang.pick(", " + more + " пойманных уходящих при том же числе сообщений",
                ", " + more + " lapsing customers caught with as many messages");
    }

    private static String reason(TimingInForce.PlaybookReason reason, TimingReport report, ReportLanguage lang) {
        return switch (reason) {
            case NOT_FITTED -> lang.pick("модель ещё не обучалась (задание времени сна работает раз в день)",
                    "no model fitted yet (the timing job runs once a day)");
            case TOO_FEW_CUSTOMERS -> lang.pick("мало клиентов с повторной покупкой (" + report.repeatCustomers()
                    + " из нужных " + TimingReport.MIN_REPEAT_CUSTOMERS + ")", "too few customers with a repeat "
                    + "purchase (" + report.repeatCustomers() + " of the " + TimingReport.MIN_REPEAT_CUSTOMERS
                    + " needed)");
            case TOO_LITTLE_HISTORY -> lang.pick("мало истории (нужны покупки за год и ещё 90 дней до первой "
                    + "проверки)", "too little history (a year of purchases and 90 days before the first cutoff)");
            case NO_GAIN -> lang.pick("модель не точнее на истории магазина", "the model was no better on the "
                    + "shop's own history") + (report.total() == null ? "" : " (" + lang.pick("AUC "
                    + auc(report.total().modelAuc(), lang) + " против " + auc(report.total().playbookAuc(), lang)
                    + " у плейбука", "AUC " + auc(report.total().modelAuc(), lang) + " against the playbook's "
                    + auc(report.total().playbookAuc(), lang)) + ")");
            case NO_FIT -> lang.pick("модель не сошлась на данных магазина", "the model's fit did not converge");
        };
    }

    /** 0,78 in Russian, 0.78 in English; a dash when the cutoffs had only lapsers or only returners. */
    static String auc(Double value, ReportLanguage lang) {
        if (value == null) {
            return "—";
        }
        String text = String.format(Locale.ROOT, "%.2f", value);
        return lang == ReportLanguage.RU ? text.replace('.', ',') : text;
    }
}
