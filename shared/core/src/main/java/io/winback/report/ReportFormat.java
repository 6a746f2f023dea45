package io.winback.report;

/** How a report answers: JSON by default, CSV for Excel with {@code ?format=csv}. */
public enum ReportFormat {
    JSON, CSV, XLSX;

    /** A file to download (CSV or an Excel workbook), not the JSON answer. */
    public boolean isTable() {
        return this != JSON;
    }

    /** The format a {@code format} parameter names; null when it names neither. */
    public static ReportFormat fromName(String name) {
        for (ReportFormat format : values()) {
            if (format.name().equalsIgnoreCase(name)) {
                return format;
            }
        }
        return null;
    }
}
