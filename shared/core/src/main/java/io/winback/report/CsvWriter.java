package io.winback.report;

import io.winback.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/**
 * Writes a CSV that Excel opens right: UTF-8 with a byte-order mark (without it Excel reads Cyrillic as mojibake),
 * the language's separator, decimal mark and day (dd.MM.yyyy in Russian, ISO in English), CRLF line ends, a field quoted when it holds the separator, a quote or
 * a line break (RFC 4180), and text that Excel would run as a formula made inert (see {@link #inert}). Rows go to
 * the output as they are written, so a report never holds all of them.
 */
public final class CsvWriter implements TableWriter {
    /** U+FEFF, which UTF-8 encodes as EF BB BF. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";
    private final StringBuilder out = new StringBuilder(BYTE_ORDER_MARK);
    private final ReportLanguage language;
    private long rows;

    public CsvWriter(ReportLanguage language) {
        this.language = language;
    }

    /** Everything written so far, byte-order mark first. */
    public String text() {
        return out.toString();
    }

    @Override
    public CsvWriter header(List<String> names) {
        return row(names.toArray());
    }

    /** One line; null is an empty cell, numbers use the language's decimal mark, booleans read yes/no. */
    @Override
    public CsvWriter row(Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(language.separator());
            }
            out.append(quoted(cells[i] instanceof CharSequence ? inert(cells[i].toString()) : text(cells[i])));
        }
        out.append("\r\n");
        rows++;
        return this;
    }

    @Override
    public CsvWriter row(List<?> cells) {
        return row(cells.toArray());
    }

    /** Lines written so far, header included. */
    @Override
    public long rows() {
        return rows;
    }

    private String text(Object cell) {
        return switch (cell) {
            case null -> "";
            case BigDecimal decimal -> language.decimal(decimal);
            case Money amount -> language.money(amount);
            case Double d -> language.decimal(BigDecimal.valueOf(d));
            case Float f -> language.decimal(new BigDecimal(Float.toString(f)));
            case Boolean flag -> flag ? language.pick("да", "yes") : language.pick("нет", "no");
            case LocalDate day -> language.cellDay(day);
            case TemporalAccessor time -> time.toString();
            default -> cell.toString();
        };
    }

    /**
     * Text Excel would take for a formula ({@code =}, {@code +}, {@code -}, {@code @}, tab or CR first) gets a leading
     * apostrophe, so a name a till sent as {@code =HYPERLINK(…)} is shown, never run (CSV injection), and a phone
     * {@code +7916…} stays text instead of becoming the number 7916… Numbers are written as numbers, untouched.
     */
    public static String inert(String text) {
        if (text.length() < 2) {
            // "" and a lone "-" (a receipt of no store) are no formula.
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private String quoted(String text) {
        boolean needsQuotes = text.indexOf(language.separator()) >= 0 || text.indexOf('"') >= 0
                || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
        return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
