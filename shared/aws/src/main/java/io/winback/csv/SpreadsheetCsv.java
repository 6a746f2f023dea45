package io.winback.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Reads CSV as spreadsheets save it: Russian Excel ({@code ;} between fields, Windows-1251 unless saved as "CSV
 * UTF-8"), English Excel and RFC 4180 ({@code ,}, UTF-8), tab-separated, and Winback's own CSV reports (UTF-8 with a
 * byte-order mark, {@code ;} in ru). The charset is declared by the caller (null is UTF-8: see {@link DeclaredCharset});
 * the separator is told from the header line ({@link Delimiter}). Quoting is RFC 4180's: a quoted value may hold the
 * separator, line breaks and doubled quotes. Values stay text: {@link SpreadsheetNumbers} and
 * {@link SpreadsheetDates} read the numbers and dates of cells that hold them.
 */
public final class SpreadsheetCsv {
    private SpreadsheetCsv() {
    }

    /**
     * @param declaredCharset null for UTF-8, else {@value DeclaredCharset#ACCEPTED}, any case
     * @throws CsvUnreadable when the charset is unknown, the bytes are not text in it, or a quote is never closed
     */
    public static Table read(byte[] bytes, String declaredCharset) {
        String text = DeclaredCharset.decode(bytes, declaredCharset);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(Delimiter.of(text)).setIgnoreEmptyLines(true).get();
        long[] lineStarts = lineStarts(text);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            long next = 1;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new CsvUnreadable(CsvUnreadable.Reason.BROKEN_QUOTES, next, "line " + next + ": a quoted"
                            + " value does not close, or text follows its closing quote (a quote inside a quoted"
                            + " value is written twice: \"\")");
                }
                next = parser.getCurrentLineNumber() + 1;
                List<String> values = record.toList();
                if (header == null) {
                    header = values.stream().map(name -> name.replace("\uFEFF", "").strip()).toList();
                } else if (!values.stream().allMatch(String::isBlank)) {
                    rows.add(new Row(lineOf(text, record.getCharacterPosition(), lineStarts), values, header));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a String is read: never happens
        }
        return new Table(header == null ? List.of() : header, rows);
    }

    /**
     * The charset a declared name stands for, to check an option before any file is read.
     *
     * @throws CsvUnreadable when the name is none of {@value DeclaredCharset#ACCEPTED}
     */
    public static Charset charset(String declaredCharset) {
        return DeclaredCharset.named(declaredCharset);
    }

    public static Table read(InputStream in, String declaredCharset) throws IOException {
        return read(in.readAllBytes(), declaredCharset);
    }

    /** Where each line starts; a line ends with LF, CRLF, or a lone CR (old Excel for Mac). */
    private static long[] lineStarts(String text) {
        long[] starts = new long[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }

    /**
     * The 1-based line a record starts on. commons-csv gives where the record's reading began, which is before any
     * empty lines it skipped, so those are stepped over first.
     */
    private static long lineOf(String text, long position, long[] lineStarts) {
        int at = (int) position;
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        int found = Arrays.binarySearch(lineStarts, at);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
