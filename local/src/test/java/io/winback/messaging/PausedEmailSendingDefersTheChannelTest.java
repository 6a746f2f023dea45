package io.winback.messaging;

import io.winback.messages.SendResult;

import org.junit.jupiter.api.Test;

import static io.winback.messaging.FakeProvider.sesError;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** SES sending paused or the account suspended: the channel waits, the touch is neither dropped nor retried now. */
class PausedEmailSendingDefersTheChannelTest {

    @Test
    void sendingPausedPausesTheChannelAfterOneRequest() throws Exception {
        try (FakeProvider ses = FakeProvider.start(r -> sesError(400, "SendingPausedException"))) {
            assertEquals(new SendResult.ChannelPaused("SES 400 SendingPausedException"), Sends.email(ses));
            assertEquals(1, ses.requests().size());
        }
    }

    @Test
    void aSuspendedAccountPausesTheChannelAfterOneRequest() throws Exception {
        try (FakeProvider ses = FakeProvider.start(r -> sesError(400, "AccountSuspendedException"))) {
            assertEquals(new SendResult.ChannelPaused("SES 400 AccountSuspendedException"), Sends.email(ses));
            assertEquals(1, ses.requests().size());
        }
    }
}
