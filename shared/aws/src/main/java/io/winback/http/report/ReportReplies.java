package io.winback.http.report;

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
