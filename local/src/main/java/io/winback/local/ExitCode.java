package io.winback.local;

/** What {@code ./winback} exits with; docs/local.md lists the same codes. */
public enum ExitCode {
    /** Done, nothing refused. */
    OK(0),
    /** Anything else went wrong: the one line printed says what and what to do. */
    FAILED(1),
    /** An import finished, but some rows were rejected or unreadable (the summary lists them with their lines). */
    ROWS_REJECTED(2),
    /** The command line itself is wrong (sysexits.h EX_USAGE). */
    USAGE(64);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
