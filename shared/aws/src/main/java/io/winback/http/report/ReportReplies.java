package io.winback.http.report;

import io.winback.report.CsvWriter;

import io.winback.http.ApiReply;

import java.util.Map;

/** A report's answer as CSV: a download Excel opens with the right encoding. */
public final class ReportReplies {
    public static final String CSV = "text/csv; charset=utf-8";

    private ReportReplies() {
    }

    /** @param fileName without extension, e.g. {@code reactivation-2026-11-01-2026-11-30} */
    public static ApiReply csv(String fileName, CsvWriter written) {
        return new ApiReply(200, written.text(), Map.of("content-type", CSV,
                "content-disposition", "attachment; filename=\"" + fileName + ".csv\"",
                "x-report-rows", Long.toString(written.rows())));
    }
}
