package io.winback.local;

import org.junit.jupiter.api.Test;

import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * DynamoDB Local's AWS SDK v1 writes "JAXB is unavailable..." through java.util.logging (com.amazonaws.log.JulLog,
 * logger com.amazonaws.util.Base64) at WARNING. ./winback local's logging configuration keeps it off the console, for
 * loggers created after it is installed too, while a real failure (SEVERE) still shows.
 */
class ThirdPartyNoticesStayOffTheConsoleTest {

    @Test
    void dynamoDbLocalsJaxbNoticeIsNotLoggedButItsFailuresAre() {
        QuietLogging.install();
        System.gc();

        Logger base64 = Logger.getLogger("com.amazonaws.util.Base64");
        assertFalse(base64.isLoggable(Level.WARNING), "the JAXB notice stays off the console");
        assertTrue(base64.isLoggable(Level.SEVERE), "a failure still shows");
        assertFalse(Logger.getLogger("com.almworks.sqlite4java.Internal").isLoggable(Level.WARNING));
    }
}
