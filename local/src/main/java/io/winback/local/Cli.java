package io.winback.local;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * Runs one {@code ./winback} command and turns whatever stops it into one line on stderr and an {@link ExitCode}:
 * a {@link CliFailure} as it is worded, anything else as an unexpected failure. {@code --debug}, anywhere on the
 * command line, adds the stack trace.
 */
public final class Cli {
    static final String DEBUG = "--debug";

    /** The command's work: its arguments without {@code --debug}; answers how it ended. */
    @FunctionalInterface
    public interface Command {
        ExitCode run(String[] args) throws Exception;
    }

    private Cli() {
    }

    public static ExitCode run(String name, String[] args, PrintStream err, Command command) {
        boolean debug = Arrays.asList(args).contains(DEBUG);
        String[] rest = Arrays.stream(args).filter(a -> !a.equals(DEBUG)).toArray(String[]::new);
        try {
            return command.run(rest);
        } catch (CliFailure failure) {
            err.println("winback " + name + ": " + failure.getMessage());
            if (debug) {
                failure.printStackTrace(err);
            }
            return failure.exitCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("winback " + name + ": interrupted");
            return ExitCode.FAILED;
        } catch (Exception | Error e) {
            err.println("winback " + name + ": failed unexpectedly (" + describe(e) + ")"
                    + (debug ? "" : "; run it again with --debug to see where"));
            if (debug) {
                e.printStackTrace(err);
            }
            return ExitCode.FAILED;
        }
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.lines()
                .findFirst().orElse(""));
    }
}
