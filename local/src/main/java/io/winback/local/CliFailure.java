package io.winback.local;

/**
 * Why a {@code ./winback} command stopped, worded for the person at the terminal: what is wrong and what to do, in
 * one line. {@link Cli} prints it and exits with its code; the stack trace is shown only with {@code --debug}.
 */
public abstract sealed class CliFailure extends RuntimeException {
    private CliFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public abstract ExitCode exitCode();

    /** The command line is wrong: an unknown option, a missing or malformed value. */
    public static CliFailure usage(String message) {
        return new Usage(message);
    }

    /** The command was understood but could not be done (nothing listening, a refused secret, a port taken). */
    public static CliFailure stopped(String message, Throwable cause) {
        return new Stopped(message, cause);
    }

    public static CliFailure stopped(String message) {
        return new Stopped(message, null);
    }

    public static final class Usage extends CliFailure {
        private Usage(String message) {
            super(message, null);
        }

        @Override
        public ExitCode exitCode() {
            return ExitCode.USAGE;
        }
    }

    public static final class Stopped extends CliFailure {
        private Stopped(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public ExitCode exitCode() {
            return ExitCode.FAILED;
        }
    }
}
