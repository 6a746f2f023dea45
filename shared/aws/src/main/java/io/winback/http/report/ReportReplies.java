package io.winback.http.report;

import io.winback.report.ReportFormat;
import io.winback.report.ReportLanguage;
import io.winback.report.TableWriter;
import io.winback.xlsx.XlsxTable;
import io.winback.report.CsvWriter;

import io.winback.http.ApiReply;
import io.winback.xlsx.XlsxWriter;

import java.util.Map;

/** A report's answer as a download: CSV Excel opens with the right encoding, or an Excel workbook. */
public final class ReportReplies {
    public static final String CSV = "text/csv; charset=utf-8";
    public static final String XLSX = XlsxWriter.CONTENT_TYPE;

    private ReportReplies() {
    }

    /** @param fileName without extension, e.g. {@code reactivation-2026-11-01-2026-11-30} */
    /** The download a report wrote, as CSV or as a workbook, whichever the caller asked for ({@link #table}). */
    public static ApiReply download(String fileName, TableWriter written) {
        return switch (written) {
            case CsvWriter csv -> csv(fileName, csv);
            case XlsxTable workbook -> {
                long rows = workbook.rows();
                yield xlsx(fileName, workbook.bytes(), rows);
            }
            default -> throw new IllegalArgumentException("no download for " + written.getClass().getSimpleName());
        };
    }

    /**
     * Where a report writes its download: a CSV, or (format {@code xlsx}) a workbook with typed cells.
     *
     * @param currency the shop's, for amounts in a workbook
     * @param sheet    the workbook's sheet name (cut to Excel's 31 characters)
     */
    public static TableWriter table(ReportFormat format, ReportLanguage language, String currency, String sheet) {
        return format == ReportFormat.XLSX ? new XlsxTable(language, currency, sheet) : new CsvWriter(language);
    }

    /** {@link #table} as {@code query} asks: its format, language and the shop's currency. */
    public static TableWriter table(io.winback.report.ReportQuery query, String russianSheet, String englishSheet) {
        return table(query.format(), query.language(), query.currency(),
                query.language().pick(russianSheet, englishSheet));
    }

    public static ApiReply csv(String fileName, CsvWriter written) {
        return new ApiReply(200, written.text(), Map.of("content-type", CSV,
                "content-disposition", "attachment; filename=\"" + fileName + ".csv\"",
                "x-report-rows", Long.toString(written.rows())));
    }

    /**
     * A workbook written by an {@link XlsxWriter} (closed), sent as bytes.
     *
     * @param fileName without extension
     * @param rows     the sheet's rows, the header included, as {@link XlsxWriter#rows()} counted them
     */
    public static ApiReply xlsx(String fileName, byte[] workbook, long rows) {
        return ApiReply.binary(200, workbook, Map.of("content-type", XLSX,
                "content-disposition", "attachment; filename=\"" + fileName + ".xlsx\"",
                "x-report-rows", Long.toString(rows)));
    }
}
