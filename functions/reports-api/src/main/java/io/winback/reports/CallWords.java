package io.winback.reports;

import io.winback.report.ReportLanguage;
import io.winback.tasks.CallCounts;
import io.winback.tasks.CallOutcome;
import io.winback.text.Noun;
import io.winback.text.ShopText;

import java.util.ArrayList;
import java.util.List;

/** The calls on the dashboard: the per-chain table's columns and the period's sentence, in the order of the CSV. */
final class CallWords {
    private CallWords() {
    }

    /** Opened, each outcome, still open: as {@link ReactivationRows#callFigures} lists them. */
    static List<String> columns(ReportLanguage language) {
        List<String> columns = new ArrayList<>();
        columns.add(language.pick("Звонков поставлено", "Calls opened"));
        for (CallOutcome outcome : CallOutcome.values()) {
            columns.add(outcome(outcome, language));
        }
        columns.add(language.pick("Ещё не сделаны", "Still open"));
        return columns;
    }

    /**
     * «Звонки: поставлено 12 звонков; дозвонились — 5, …, ещё не сделаны — 1.»; null when no call was opened.
     */
    static String summary(CallCounts calls, ReportLanguage language) {
        if (calls == null || calls.opened() == 0) {
            return null;
        }
        List<String> columns = columns(language);
        List<Long> figures = ReactivationRows.callFigures(calls);
        StringBuilder text = new StringBuilder(language.pick("Звонки: поставлено ", "Calls: ")
                + Noun.CALL.count(calls.opened(), language) + language.pick("; ", " opened; "));
        for (int i = 1; i < columns.size(); i++) {
            text.append(i > 1 ? ", " : "").append(columns.get(i).toLowerCase(java.util.Locale.ROOT)).append(" — ")
                    .append(ShopText.number(figures.get(i), language));
        }
        return text.append('.').toString();
    }

    private static String outcome(CallOutcome outcome, ReportLanguage language) {
        return switch (outcome) {
            case REACHED -> language.pick("Дозвонились", "Reached");
            case NO_ANSWER -> language.pick("Не ответили", "No answer");
            case REFUSED -> language.pick("Отказались", "Refused");
            case WILL_COME -> language.pick("Обещали прийти", "Will come");
            case CAME_BACK -> language.pick("Вернулись до звонка", "Came back before the call");
        };
    }
}
