package io.winback.xlsx;

import io.winback.report.ReportLanguage;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;

/** A workbook written into memory for a test. */
final class Workbooks {
    private Workbooks() {
    }

    static byte[] written(String sheet, List<Column> columns, ReportLanguage language, String currency,
                          Consumer<XlsxWriter> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxWriter writer = XlsxWriter.open(out, SheetName.fitted(sheet), columns,
                NumberFormats.of(language, currency))) {
            rows.accept(writer);
        }
        return out.toByteArray();
    }
}
