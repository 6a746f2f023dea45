package io.winback.reports;

import io.winback.report.ReportLanguage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A row of a customer list (the sleeping customers of a day, the buyers of a product) as its CSV writes it: a day
 * field ({@code …Day}, ISO in the JSON) as a day, which the CSV writes as the language does (dd.MM.yyyy in
 * Russian); and in Russian the codes the JSON keeps for clients to match on (a decision, an episode's status, why it
 * ended) in words. English keeps the codes, as English consumers have always read them; a code without Russian words
 * stays as it is.
 */
final class ListCells {
    private static final Map<String, String> RUSSIAN = Map.ofEntries(
            // the sleep check's decisions of a day
            Map.entry("started", "цепочка запущена"), Map.entry("lost", "потерян"),
            Map.entry("archived", "в архиве"), Map.entry("in_episode", "уже в цепочке"),
            Map.entry("no_chain", "нет цепочки"), Map.entry(SleepingReport.UNDECIDED, "ещё не решено"),
            // an episode's status
            Map.entry("active", "идёт"), Map.entry("converted", "вернулся"), Map.entry("completed", "завершена"),
            Map.entry("exited", "прервана"),
            // why an episode ended
            Map.entry("purchase", "покупка"), Map.entry("purchase_outside_window", "покупка после окна"),
            Map.entry("purchase_returned", "покупка возвращена"), Map.entry("no_purchase", "без покупки"),
            Map.entry("customer_gone", "клиент удалён"), Map.entry("customer_erased", "данные стёрты"));
    private static final List<String> CODES = List.of("decision", "episodeStatus", "endReason");

    private ListCells() {
    }

    static List<Object> of(Map<String, Object> row, ReportLanguage language) {
        List<Object> cells = new ArrayList<>(row.size());
        row.forEach((field, value) -> {
            if (language == ReportLanguage.RU && CODES.contains(field) && value instanceof String code) {
                cells.add(RUSSIAN.getOrDefault(code, code));
            } else if (field.endsWith("Day") && value instanceof String day) {
                cells.add(LocalDate.parse(day));
            } else {
                cells.add(value);
            }
        });
        return cells;
    }
}
