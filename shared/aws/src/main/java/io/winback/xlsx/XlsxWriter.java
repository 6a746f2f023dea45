package io.winback.xlsx;

import io.winback.xlsx.Parts.Style;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes an Excel workbook (.xlsx) of one sheet, a row at a time, straight into a zip on the given stream: nothing but
 * the current row is held, so a list of a million customers takes the memory of one. The first row is the columns'
 * headers in bold and stays in view while scrolling; each cell is typed ({@link Cell}): text as inline strings (no
 * shared-strings table to grow with the rows), numbers, amounts in the shop's currency, dates and times as Excel's
 * serials with the shop's formats ({@link NumberFormats}). Plain {@code java.util.zip}: no library in the Lambda jar.
 *
 * <pre>{@code
 * try (XlsxWriter sheet = XlsxWriter.open(out, SheetName.fitted("Segment"), columns, NumberFormats.of(RU, "RUB"))) {
 *     sheet.row(Cell.text("+79161234567"), Cell.money(spent), Cell.day(lastPurchase));
 * }
 * }</pre>
 */
public final class XlsxWriter implements AutoCloseable {
    /** Excel's limits: a sheet holds at most this many rows (the header is one) and columns. */
    public static final int MAX_ROWS = 1_048_576;
    public static final int MAX_COLUMNS = 16_384;
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ZipOutputStream zip;
    private final Writer sheet;
    private final String[] letters;
    private final StringBuilder line = new StringBuilder(256);
    private long rows;
    private boolean closed;

    private XlsxWriter(ZipOutputStream zip, List<Column> columns) {
        this.zip = zip;
        this.sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        this.letters = new String[columns.size()];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = letters(i);
        }
    }

    /**
     * Starts the workbook: writes its fixed parts, the sheet's columns and the header row. {@link #close} finishes
     * the file and closes {@code out}.
     */
    public static XlsxWriter open(OutputStream out, SheetName name, List<Column> columns, NumberFormats formats) {
        if (columns.isEmpty() || columns.size() > MAX_COLUMNS) {
            throw new IllegalArgumentException("a sheet has 1 to " + MAX_COLUMNS + " columns, not " + columns.size());
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        XlsxWriter writer = new XlsxWriter(zip, columns);
        try {
            writer.part(Parts.CONTENT_TYPES, Parts.contentTypes());
            writer.part(Parts.ROOT_RELS, Parts.rootRelationships());
            writer.part(Parts.WORKBOOK, Parts.workbook(name));
            writer.part(Parts.WORKBOOK_RELS, Parts.workbookRelationships());
            writer.part(Parts.STYLES, Parts.styles(formats));
            zip.putNextEntry(new ZipEntry(Parts.SHEET));
            writer.sheetStart(columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Cell[] header = columns.stream().map(c -> new Cell.Text(c.header())).toArray(Cell[]::new);
        writer.write(header, Style.HEADER);
        return writer;
    }

    /** One row under the header; a null cell is left empty, and a row may be shorter than the columns. */
    public XlsxWriter row(Cell... cells) {
        if (cells.length > letters.length) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a sheet of " + letters.length
                    + " columns");
        }
        if (rows >= MAX_ROWS) {
            throw new IllegalStateException("a sheet holds at most " + MAX_ROWS + " rows, the header included");
        }
        write(cells, null);
        return this;
    }

    public XlsxWriter row(List<Cell> cells) {
        return row(cells.toArray(Cell[]::new));
    }

    /** Rows written so far, the header included. */
    public long rows() {
        return rows;
    }

    /** Finishes the sheet and the zip, and closes the stream it was written to. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            sheet.write("</sheetData></worksheet>");
            sheet.flush();
            zip.closeEntry();
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void part(String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private void sheetStart(List<Column> columns) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        xml.append("<worksheet xmlns=\"").append(Parts.MAIN).append("\">");
        // The header row stays in view: the pane below row 1 scrolls, the one above is frozen.
        xml.append("<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">")
                .append("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .append("<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/>")
                .append("</sheetView></sheetViews>");
        xml.append("<cols>");
        for (int i = 0; i < columns.size(); i++) {
            xml.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
                    .append(columns.get(i).width()).append("\" customWidth=\"1\"/>");
        }
        xml.append("</cols><sheetData>");
        sheet.write(xml.toString());
    }

    private void write(Cell[] cells, Style textStyle) {
        long number = rows + 1;
        line.setLength(0);
        line.append("<row r=\"").append(number).append("\">");
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != null) {
                cell(cells[i], letters[i], number, textStyle);
            }
        }
        line.append("</row>");
        try {
            sheet.append(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows = number;
    }

    private void cell(Cell cell, String column, long row, Style textStyle) {
        line.append("<c r=\"").append(column).append(row).append('"');
        switch (cell) {
            case Cell.Text text -> text(text.value(), textStyle);
            case Cell.Whole whole -> number(Style.WHOLE, Long.toString(whole.value()));
            case Cell.Decimal decimal -> number(Style.DECIMAL, decimal.value().toPlainString());
            case Cell.Amount amount -> number(Style.MONEY, amount.value().toPlainString());
            case Cell.Day day -> {
                if (ExcelDates.representable(day.value())) {
                    number(Style.DAY, Long.toString(ExcelDates.serial(day.value())));
                } else {
                    text(day.value().toString(), null); // before 1900: Excel has no such date, the text says it
                }
            }
            case Cell.Moment moment -> {
                if (ExcelDates.representable(moment.value().toLocalDate())) {
                    number(Style.MOMENT, ExcelDates.serial(moment.value()));
                } else {
                    text(moment.value().toString(), null);
                }
            }
        }
        line.append("</c>");
    }

    private void text(String value, Style style) {
        if (style != null) {
            line.append(" s=\"").append(style.ordinal()).append('"');
        }
        // preserve: a value's leading or trailing spaces are part of it.
        line.append(" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
        XmlText.append(line, value);
        line.append("</t></is>");
    }

    private void number(Style style, String value) {
        line.append(" s=\"").append(style.ordinal()).append("\"><v>").append(value).append("</v>");
    }

    /** A, B, ... Z, AA, AB, ...: the column's name in a cell reference. */
    static String letters(int index) {
        char[] name = new char[4];
        int at = name.length;
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name[--at] = (char) ('A' + (n - 1) % 26);
        }
        return new String(Arrays.copyOfRange(name, at, name.length));
    }
}
