package io.winback.messaging;

import io.winback.messages.SendResult;

import org.junit.jupiter.api.Test;

import static io.winback.messaging.FakeProvider.sesError;
import static io.winback.messaging.FakeProvider.snsError;
import static io.winback.messaging.FakeProvider.snsPublishAnswers;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A provider that refuses a send proves nothing went out: throttling is {@link SendResult.NotSent} worth another
 * try later (by the caller, with backoff, never by the SDK: one request each), a refusal is final.
 */
class ThrottledOrRefusedSendsAreNotSentAfterOneRequestTest {

    @Test
    void throttledSmsIsNotSentAndRetryable() throws Exception {
        try (FakeProvider sns = FakeProvider.start(snsPublishAnswers(snsError(429, "Throttled")))) {
            assertEquals(new SendResult.NotSent("SNS 429 Throttled", true), Sends.sms(sns));
            assertEquals(1, sns.count("Action=Publish"));
        }
    }

    @Test
    void smsToAnInvalidNumberIsNotSentForGood() throws Exception {
        try (FakeProvider sns = FakeProvider.start(snsPublishAnswers(snsError(400, "InvalidParameter")))) {
            assertEquals(new SendResult.NotSent("SNS 400 InvalidParameter", false), Sends.sms(sns));
            assertEquals(1, sns.count("Action=Publish"));
        }
    }

    @Test
    void smsRefusedBecauseTheNumberOptedOutMeanwhileIsOptedOut() throws Exception {
        try (FakeProvider sns = FakeProvider.start(snsPublishAnswers(snsError(400, "OptedOut")))) {
            assertEquals(new SendResult.OptedOut(), Sends.sms(sns));
            assertEquals(1, sns.count("Action=Publish"));
        }
    }

    @Test
    void anOptOutCheckThatFailsSendsNothingAndMayBeTriedAgain() throws Exception {
        try (FakeProvider sns = FakeProvider.start(r -> snsError(500, "InternalError"))) {
            assertEquals(new SendResult.NotSent("opt-out check failed: SNS 500 InternalError", true), Sends.sms(sns));
            assertEquals(1, sns.count("Action=CheckIfPhoneNumberIsOptedOut"));
            assertEquals(0, sns.count("Action=Publish"));
        }
    }

    @Test
    void emailAnsweredTooManyRequestsIsNotSentAndRetryable() throws Exception {
        try (FakeProvider ses = FakeProvider.start(r -> sesError(429, "TooManyRequestsException"))) {
            assertEquals(new SendResult.NotSent("SES 429 TooManyRequestsException", true), Sends.email(ses));
            assertEquals(1, ses.requests().size());
        }
    }

    @Test
    void emailOverTheDailyQuotaIsNotSentAndRetryable() throws Exception {
        try (FakeProvider ses = FakeProvider.start(r -> sesError(400, "LimitExceededException"))) {
            assertEquals(new SendResult.NotSent("SES 400 LimitExceededException", true), Sends.email(ses));
            assertEquals(1, ses.requests().size());
        }
    }

    @Test
    void rejectedEmailIsNotSentForGood() throws Exception {
        try (FakeProvider ses = FakeProvider.start(r -> sesError(400, "MessageRejected"))) {
            assertEquals(new SendResult.NotSent("SES 400 MessageRejected", false), Sends.email(ses));
            assertEquals(1, ses.requests().size());
        }
    }
}
