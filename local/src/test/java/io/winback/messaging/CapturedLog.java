package io.winback.messaging;

import io.winback.log.JsonLog;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** The JSON log lines written while it is open, to assert what never goes in them. */
final class CapturedLog implements AutoCloseable {
    private final ByteArrayOutputStream lines = new ByteArrayOutputStream();

    CapturedLog() {
        JsonLog.redirect(new PrintStream(lines, true, StandardCharsets.UTF_8));
    }

    String text() {
        return lines.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        JsonLog.redirect(System.out);
    }
}
