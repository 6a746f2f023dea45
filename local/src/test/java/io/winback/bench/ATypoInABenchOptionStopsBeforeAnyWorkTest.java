package io.winback.bench;

import io.winback.local.Cli;
import io.winback.local.ExitCode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A mistyped option must not start a ten-minute full run: one line, exit 64, nothing measured. */
class ATypoInABenchOptionStopsBeforeAnyWorkTest {

    private static String run(ExitCode expected, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExitCode code = Cli.run("bench", args, new PrintStream(err, true, StandardCharsets.UTF_8), Benchmark::command);
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals(expected, code, said);
        return said;
    }

    @Test
    void anUnknownOptionIsOneLineNamingItAndTheUsage() {
        String said = run(ExitCode.USAGE, ".", "--only-segment");
        assertEquals(1, said.lines().count(), said);
        assertTrue(said.startsWith("winback bench: unknown option --only-segment; usage: ./winback bench"), said);
    }

    @Test
    void aPhaseSizeThatIsNoNumberIsOneLine() {
        String said = run(ExitCode.USAGE, ".", "--only-reactivation", "abc", "100");
        assertTrue(said.contains("--only-reactivation takes whole numbers, got abc"), said);
        assertTrue(run(ExitCode.USAGE, ".", "--only-batch", "7").contains("--only-batch takes 1 or 100"));
    }
}
