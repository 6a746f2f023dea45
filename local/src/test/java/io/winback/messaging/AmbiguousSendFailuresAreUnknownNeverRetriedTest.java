package io.winback.messaging;

import io.winback.messages.SendResult;

import org.junit.jupiter.api.Test;

import static io.winback.messaging.FakeProvider.snsPublishAnswers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * A send whose answer is a 5xx, or never comes, may have gone out: the gateway says {@link SendResult.Unknown}, and
 * the provider saw exactly one request, because neither the SDK nor the gateway tried again.
 */
class AmbiguousSendFailuresAreUnknownNeverRetriedTest {

    @Test
    void smsAnsweredWithA500IsUnknownAfterOnePublish() throws Exception {
        try (FakeProvider sns = FakeProvider.start(snsPublishAnswers(FakeProvider.snsError(500, "InternalError")))) {
            SendResult.Unknown unknown = assertInstanceOf(SendResult.Unknown.class, Sends.sms(sns));

            assertEquals("SNS 500 InternalError", unknown.reason());
            assertEquals(1, sns.count("Action=Publish"));
        }
    }

    @Test
    void smsWhoseAnswerNeverComesIsUnknownAfterOnePublish() throws Exception {
        try (FakeProvider sns = FakeProvider.start(snsPublishAnswers(new FakeProvider.Silence()))) {
            assertInstanceOf(SendResult.Unknown.class, Sends.sms(sns));

            assertEquals(1, sns.count("Action=Publish"));
        }
    }

    @Test
    void smsWhoseConnectionDropsAfterThePublishIsUnknownAfterOnePublish() throws Exception {
        try (FakeProvider sns = FakeProvider.start(snsPublishAnswers(new FakeProvider.HangUp()))) {
            assertInstanceOf(SendResult.Unknown.class, Sends.sms(sns));

            assertEquals(1, sns.count("Action=Publish"));
        }
    }

    @Test
    void emailAnsweredWithA500IsUnknownAfterOneRequest() throws Exception {
        try (FakeProvider ses = FakeProvider.start(r -> FakeProvider.sesError(500, "InternalServiceErrorException"))) {
            SendResult.Unknown unknown = assertInstanceOf(SendResult.Unknown.class, Sends.email(ses));

            assertEquals("SES 500 InternalServiceErrorException", unknown.reason());
            assertEquals(1, ses.requests().size());
        }
    }

    @Test
    void emailWhoseAnswerNeverComesIsUnknownAfterOneRequest() throws Exception {
        try (FakeProvider ses = FakeProvider.start(r -> new FakeProvider.Silence())) {
            assertInstanceOf(SendResult.Unknown.class, Sends.email(ses));

            assertEquals(1, ses.requests().size());
            assertEquals("/v2/email/outbound-emails", ses.requests().get(0).path());
        }
    }

    /** A bare HttpURLConnection would send this POST twice (sun.net.http.retryPost); the SDK's client must not. */
    @Test
    void emailWhoseConnectionDropsAfterTheRequestIsUnknownAfterOneRequest() throws Exception {
        try (FakeProvider ses = FakeProvider.start(r -> new FakeProvider.HangUp())) {
            assertInstanceOf(SendResult.Unknown.class, Sends.email(ses));

            assertEquals(1, ses.requests().size());
        }
    }
}
