package io.winback.xlsx;

import io.winback.money.Money;
import io.winback.report.ReportLanguage;
import io.winback.report.TableWriter;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A report's rows as an Excel workbook: the same header and cells a report gives its CSV, each typed (text stays text,
 * a phone included, with no apostrophe; numbers are numbers; {@link Money} shows the shop's currency; days are dates;
 * yes/no in the language). The columns take their kind from the first row, so a report writes once for both files.
 */
public final class XlsxTable implements TableWriter {
    private final ReportLanguage language;
    private final String currency;
    private final SheetName sheet;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private List<String> header = List.of();
    private XlsxWriter writer;

    /** @param currency the shop's ISO code, {@code DEFAULT_CURRENCY} */
    public XlsxTable(ReportLanguage language, String currency, String sheetName) {
        this.language = language;
        this.currency = currency;
        this.sheet = SheetName.fitted(sheetName);
    }

    @Override
    public XlsxTable header(List<String> names) {
        if (writer != null) {
            throw new IllegalStateException("the header comes before the rows");
        }
        header = List.copyOf(names);
        return this;
    }

    @Override
    public XlsxTable row(Object... cells) {
        if (writer == null) {
            open(cells);
        }
        Cell[] typed = new Cell[cells.length];
        for (int i = 0; i < cells.length; i++) {
            typed[i] = cell(cells[i]);
        }
        writer.row(typed);
        return this;
    }

    @Override
    public long rows() {
        return writer == null ? (header.isEmpty() ? 0 : 1) : writer.rows();
    }

    /** The finished workbook (a header alone when no row came). */
    public byte[] bytes() {
        if (writer == null) {
            open(new Object[0]);
        }
        writer.close();
        return bytes.toByteArray();
    }

    private void open(Object[] firstRow) {
        List<Column> columns = new ArrayList<>();
        int count = Math.max(header.size(), firstRow.length);
        for (int i = 0; i < Math.max(1, count); i++) {
            String name = i < header.size() ? header.get(i) : "";
            Object sample = i < firstRow.length ? firstRow[i] : null;
            columns.add(switch (sample) {
                case Money money -> Column.money(name);
                case LocalDate day -> Column.day(name);
                case BigDecimal decimal -> Column.number(name);
                case Number number -> Column.number(name);
                case null, default -> Column.text(name, 14);
            });
        }
        writer = XlsxWriter.open(bytes, sheet, columns, NumberFormats.of(language, currency));
    }

    private Cell cell(Object value) {
        return switch (value) {
            case null -> null;
            case Money amount -> Cell.money(amount);
            case BigDecimal decimal -> Cell.decimal(decimal);
            case Integer whole -> Cell.whole(whole);
            case Long whole -> Cell.whole(whole);
            case Short whole -> Cell.whole(whole);
            case Double d -> Cell.decimal(BigDecimal.valueOf(d));
            case Float f -> Cell.decimal(new BigDecimal(Float.toString(f)));
            case Boolean flag -> new Cell.Text(flag ? language.pick("да", "yes") : language.pick("нет", "no"));
            case LocalDate day -> Cell.day(day);
            default -> new Cell.Text(value.toString());
        };
    }
}
