package io.winback.local;

import io.winback.report.ReportLanguage;
import io.winback.text.Noun;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What an import came to. {@code rejectionReasons}: "field: message" → count, most frequent first. {@code erased}:
 * rows of customers erased after the receipt was made, not stored on purpose (the person does not come back);
 * {@code notes}: what the importer decided on the user's behalf (such as the currency CDNOW's dollars were sent in),
 * said at the end.
 */
public record ImportSummary(long read, long accepted, long duplicate, long conflict, long erased, long rejected,
                            Map<String, Long> rejectionReasons, Map<String, List<Long>> rejectedLines,
                            List<String> unreadableLines, Duration elapsed, List<String> notes) {

    public ImportSummary {
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public double salesPerSecond() {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return read / seconds;
    }

    /** Every row stored or already there: a conflict is not, since the sale stored before with that id stands. */
    public boolean clean() {
        return rejected == 0 && conflict == 0 && unreadableLines.isEmpty();
    }

    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%nImported %s in %.1f s (%,.0f sales/s)%n", Noun.SALE.count(read, ReportLanguage.EN),
                elapsed.toMillis() / 1000.0, salesPerSecond()));
        out.append(String.format("  accepted   %,d%n  duplicate  %,d%n  conflict   %,d%n", accepted, duplicate,
                conflict));
        if (erased > 0) {
            out.append(String.format("  erased     %,d%n    erased: those customers were erased after these receipts;"
                    + " they are not stored, so the people do not come back%n", erased));
        }
        out.append(String.format("  rejected   %,d%n", rejected));
        if (conflict > 0) {
            out.append("    conflict: those sale ids were stored before with other content; the stored sales stand and\n"
                    + "    these rows were not applied (a different receipt needs a new saleId)\n");
        }
        rejectionReasons.entrySet().stream().limit(10).forEach(reason -> {
            List<Long> lines = rejectedLines.getOrDefault(reason.getKey(), List.of());
            out.append(String.format("    %,6d × %s (lines %s%s)%n", reason.getValue(), reason.getKey(),
                    lines.stream().limit(5).map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""),
                    lines.size() > 5 ? ", …" : ""));
        });
        if (!unreadableLines.isEmpty()) {
            out.append(String.format("  unreadable %,d%n", unreadableLines.size()));
            unreadableLines.stream().limit(10).forEach(problem -> out.append("    ").append(problem).append('\n'));
        }
        notes.forEach(note -> out.append("  note: ").append(note).append('\n'));
        return out.toString();
    }
}
