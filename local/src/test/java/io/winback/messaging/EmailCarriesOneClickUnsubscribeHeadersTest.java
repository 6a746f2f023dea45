package io.winback.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.pipeline.MotoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sesv2.SesV2Client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SES v2 on moto_server: the raw message moto received, read back as a mail client reads it, carries the RFC 8058
 * one-click unsubscribe headers, the touch id, and the Cyrillic subject and body intact.
 */
class EmailCarriesOneClickUnsubscribeHeadersTest {
    private static final String FROM = "shop@winback.example";
    private static final String TO = "anna@example.com";
    private static final String URL = "https://api.winback.example/v1/unsubscribe?token=djEuZW1haWw.c2lnbmF0dXJl";
    /** Long enough to need several encoded words, and a character outside the BMP on a word boundary's way. */
    private static final String SUBJECT = "Анна, мы скучаем — скидка 15% на всё только до воскресенья 🎁 ждём вас!";

    private static MotoServer moto;
    private static SesV2Client ses;

    @BeforeAll
    static void startMoto() throws Exception {
        Assumptions.assumeTrue(MotoServer.installed(), "moto_server is not on the PATH");
        moto = MotoServer.start();
        ses = MessagingClients.sesForEndpoint(moto.endpoint());
    }

    @AfterAll
    static void stopMoto() {
        if (moto != null) {
            ses.close();
            moto.close();
        }
    }

    @BeforeEach
    void verifyTheSenderOnly() throws Exception {
        moto.reset();
        ses.createEmailIdentity(r -> r.emailIdentity(FROM));
    }

    @Test
    void aRussianEmailKeepsItsSubjectBodyAndUnsubscribeHeaders() throws Exception {
        EmailMessage message = new EmailMessage(TO, SUBJECT, "Здравствуйте, Анна!\nВаша скидка ждёт вас.", URL,
                "ru", "touch-42");
        SendResult result;
        try (CapturedLog log = new CapturedLog()) {
            result = new SesEmailGateway(ses, FROM).send(message);
            assertTrue(log.text().contains("\"event\":\"email_sent\""), log.text());
            assertFalse(log.text().contains(TO), "the address must not be logged in clear: " + log.text());
        }

        SendResult.Sent sent = assertInstanceOf(SendResult.Sent.class, result);
        JsonNode stored = onlyRawMessage();
        assertEquals(sent.providerMessageId(), stored.path("id").asText());
        RawMail mail = RawMail.parse(stored.path("raw_data").asText());
        assertEquals(SUBJECT, mail.header("Subject"));
        assertEquals(FROM, mail.header("From"));
        assertEquals(TO, mail.header("To"));
        assertEquals("<" + URL + ">", mail.header("List-Unsubscribe"));
        assertEquals("List-Unsubscribe=One-Click", mail.header("List-Unsubscribe-Post"));
        assertEquals("touch-42", mail.header("X-Winback-Touch"));
        assertTrue(mail.header("Content-Type").startsWith("text/plain; charset=UTF-8"), mail.header("Content-Type"));
        assertTrue(mail.body().startsWith("Здравствуйте, Анна!\r\nВаша скидка ждёт вас."), mail.body());
        assertTrue(mail.body().contains("Отписаться от рассылки: " + URL), mail.body());
    }

    @Test
    void anEnglishEmailSaysUnsubscribeInEnglish() throws Exception {
        EmailMessage message = new EmailMessage(TO, "We miss you", "Hello Anna!", URL, "en", "touch-43");

        assertInstanceOf(SendResult.Sent.class, new SesEmailGateway(ses, FROM).send(message));

        RawMail mail = RawMail.parse(onlyRawMessage().path("raw_data").asText());
        assertEquals("We miss you", mail.header("Subject"));
        assertTrue(mail.body().contains("Unsubscribe: " + URL), mail.body());
        assertFalse(mail.body().contains("Отписаться"), mail.body());
        assertEquals("<" + URL + ">", mail.header("List-Unsubscribe"));
    }

    @Test
    void aSenderSesHasNotVerifiedIsRefusedAndNothingGoesOut() throws Exception {
        EmailMessage message = new EmailMessage(TO, "We miss you", "Hello Anna!", URL, "en", "touch-44");

        SendResult result = new SesEmailGateway(ses, "stranger@elsewhere.example").send(message);

        SendResult.NotSent notSent = assertInstanceOf(SendResult.NotSent.class, result);
        assertFalse(notSent.retryable(), notSent.reason());
        assertEquals(0, moto.data().path("ses").path("RawMessage").size());
    }

    @Test
    void anAddressThatWouldAddHeadersIsRefusedBeforeSending() throws Exception {
        EmailMessage message = new EmailMessage(TO + "\r\nBcc: everyone@example.com", "Hi", "Hello", URL, "en",
                "touch-45");

        SendResult result = new SesEmailGateway(ses, FROM).send(message);

        assertEquals(new SendResult.NotSent("to must be printable ASCII", false), result);
        assertEquals(0, moto.data().path("ses").path("RawMessage").size());
    }

    private static JsonNode onlyRawMessage() throws Exception {
        JsonNode raw = moto.data().path("ses").path("RawMessage");
        assertEquals(1, raw.size(), raw.toString());
        return raw.get(0);
    }
}
