package io.winback.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.logging.LogManager;

/**
 * Loads logging.properties (beside this class) into java.util.logging: the levels live in the LogManager's
 * configuration, so they hold for loggers created later too (a level set on a Logger object is lost when that object
 * is garbage collected before the library asks for it).
 */
public final class QuietLogging {
    private QuietLogging() {
    }

    public static void install() {
        try (InputStream config = QuietLogging.class.getResourceAsStream("logging.properties")) {
            if (config == null) {
                throw new IllegalStateException("logging.properties is missing beside " + QuietLogging.class);
            }
            LogManager.getLogManager().readConfiguration(config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
