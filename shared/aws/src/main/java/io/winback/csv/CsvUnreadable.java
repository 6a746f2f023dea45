package io.winback.csv;

/**
 * Why a CSV file could not be read at all, worded for the person who saved it: what is wrong, on which line, and what
 * to do. {@link #reason()} lets a caller add its own way of doing it (the importer's {@code --encoding} option).
 */
public final class CsvUnreadable extends IllegalArgumentException {
    public enum Reason {
        /** Read as UTF-8 (nothing declared), but it is not: most likely Windows-1251, as Excel saves plain "CSV". */
        NOT_UTF8,
        /** The bytes are not text in the declared charset. */
        NOT_IN_DECLARED_CHARSET,
        /** A charset name other than those {@link DeclaredCharset} accepts. */
        UNKNOWN_CHARSET,
        /** A quoted value that never closes, or text right after a closing quote. */
        BROKEN_QUOTES
    }

    private final Reason reason;
    private final long line;

    CsvUnreadable(Reason reason, long line, String message) {
        super(message);
        this.reason = reason;
        this.line = line;
    }

    public Reason reason() {
        return reason;
    }

    /** The 1-based line the problem is on; 0 when it concerns no line (an unknown charset name). */
    public long line() {
        return line;
    }
}
