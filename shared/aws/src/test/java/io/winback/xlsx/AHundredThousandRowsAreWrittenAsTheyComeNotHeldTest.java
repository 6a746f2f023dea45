package io.winback.xlsx;

import io.winback.report.ReportLanguage;
import io.winback.testing.XlsxWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A list of any length takes the memory of one row: the writer sends each row on (through a small buffer and the
 * compressor) instead of holding the sheet until the end. Proven from outside: while the rows are being written the
 * bytes keep arriving at the stream, and by the last row nearly the whole file has, before {@code close}.
 */
class AHundredThousandRowsAreWrittenAsTheyComeNotHeldTest {
    private static final int ROWS = 100_000;

    /** Counts the bytes that reached it. */
    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    @Test
    void bytesReachTheStreamWhileRowsAreStillBeingWritten() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        CountingStream counted = new CountingStream(file);
        long[] arrived = new long[11];
        XlsxWriter writer = XlsxWriter.open(counted, SheetName.fitted("Members"), List.of(Column.text("Key", 10),
                Column.text("Phone", 16), Column.money("Spent"), Column.day("Last purchase")),
                NumberFormats.of(ReportLanguage.RU, "RUB"));
        LocalDate day = LocalDate.of(2026, 9, 15);
        for (int i = 1; i <= ROWS; i++) {
            writer.row(Cell.text("C-" + i), Cell.text("+7916" + String.format("%07d", i)),
                    Cell.money(BigDecimal.valueOf(i, 2)), Cell.day(day.minusDays(i % 400)));
            if (i % (ROWS / 10) == 0) {
                arrived[i / (ROWS / 10)] = counted.count;
            }
        }
        long beforeClose = counted.count;
        writer.close();
        long total = counted.count;

        for (int tenth = 1; tenth <= 10; tenth++) {
            assertTrue(arrived[tenth] > arrived[tenth - 1], "bytes arrived during tenth " + tenth + ": "
                    + java.util.Arrays.toString(arrived));
        }
        assertTrue(beforeClose > total * 0.9, "only " + beforeClose + " of " + total
                + " bytes had arrived before close: the writer held the rest");
        XlsxWorkbook workbook = XlsxWorkbook.read(file.toByteArray());
        assertEquals(ROWS + 1, workbook.rows().size());
        assertEquals("+79160100000", workbook.cell("B" + (ROWS + 1)).value());
        assertEquals("1000.00", workbook.cell("C" + (ROWS + 1)).value());
    }
}
