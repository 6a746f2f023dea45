package io.winback.report;

/** How a report answers: JSON by default, CSV for Excel with {@code ?format=csv}. */
public enum ReportFormat {
    JSON, CSV;

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
