package io.winback.messaging;

import io.winback.messages.EmailMessage;
import io.winback.messages.Outbox;
import io.winback.messages.RawMime;
import io.winback.messages.SendResult;

import io.winback.aws.MessagingClients;

import io.winback.ses.SesEmailGateway;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.pipeline.MotoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sesv2.SesV2Client;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SES v2 on moto_server: the raw message moto received, read back as a mail client reads it, carries the RFC 8058
 * one-click unsubscribe headers, the touch id, and the Cyrillic subject and body intact.
 *
 * <p>And the local outbox keeps the very MIME SES is given, built by the same {@link RawMime}: customer «Клиент-3»
 * (a POS id in Cyrillic) could never be emailed on AWS, the touch id header not being ASCII, while the outbox
 * delivered the same touch. The id header is now RFC 2047-encoded, an internationalised domain goes out in punycode,
 * and an address only SMTPUTF8 could carry is refused by both paths alike.
 */
class EmailCarriesOneClickUnsubscribeHeadersTest {
    private static final java.time.Clock CLOCK = java.time.Clock.fixed(java.time.Instant.parse("2026-12-05T07:00:00Z"),
            java.time.ZoneOffset.UTC);
    private static final String FROM = "shop@winback.example";
    private static final String TO = "anna@example.com";
    private static final String URL = "https://api.winback.example/v1/unsubscribe?token=djEuZW1haWw.c2lnbmF0dXJl";
    /** Long enough to need several encoded words, and a character outside the BMP on a word boundary's way. */
    private static final String CYRILLIC_TOUCH = "Клиент-3/fell-asleep@2026-12-06#0";
    private static final String SUBJECT = "Анна, мы скучаем — скидка 15% на всё только до воскресенья 🎁 ждём вас!";

    private static MotoServer moto;
    private static SesV2Client ses;
    private final Outbox outbox = new Outbox(Clock.fixed(Instant.parse("2026-12-06T07:00:00Z"), ZoneOffset.UTC), FROM);

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
            result = new SesEmailGateway(ses, FROM, CLOCK).send(message);
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

        assertInstanceOf(SendResult.Sent.class, new SesEmailGateway(ses, FROM, CLOCK).send(message));

        RawMail mail = RawMail.parse(onlyRawMessage().path("raw_data").asText());
        assertEquals("We miss you", mail.header("Subject"));
        assertTrue(mail.body().contains("Unsubscribe: " + URL), mail.body());
        assertFalse(mail.body().contains("Отписаться"), mail.body());
        assertEquals("<" + URL + ">", mail.header("List-Unsubscribe"));
    }

    @Test
    void aSenderSesHasNotVerifiedIsRefusedAndNothingGoesOut() throws Exception {
        EmailMessage message = new EmailMessage(TO, "We miss you", "Hello Anna!", URL, "en", "touch-44");

        SendResult result = new SesEmailGateway(ses, "stranger@elsewhere.example", CLOCK).send(message);

        SendResult.NotSent notSent = assertInstanceOf(SendResult.NotSent.class, result);
        assertFalse(notSent.retryable(), notSent.reason());
        assertEquals(0, moto.data().path("ses").path("RawMessage").size());
    }

    @Test
    void anAddressThatWouldAddHeadersIsRefusedBeforeSending() throws Exception {
        EmailMessage message = new EmailMessage(TO + "\r\nBcc: everyone@example.com", "Hi", "Hello", URL, "en",
                "touch-45");

        SendResult result = new SesEmailGateway(ses, FROM, CLOCK).send(message);

        assertEquals(new SendResult.NotBuilt("to must be printable ASCII"), result);
        assertEquals(0, moto.data().path("ses").path("RawMessage").size());
    }

    @Test
    void aTouchOfACustomerWithACyrillicIdGoesOutWithItsIdEncodedInAsciiOnBothPaths() throws Exception {
        EmailMessage message = new EmailMessage("anna@example.com", "Мы скучаем", "Здравствуйте!", URL, "ru",
                CYRILLIC_TOUCH);

        assertInstanceOf(SendResult.Sent.class, new SesEmailGateway(ses, FROM, CLOCK).send(message));
        assertInstanceOf(SendResult.Sent.class, outbox.send(message));

        String atSes = onlyRawMessage().path("raw_data").asText();
        String local = outbox.messages().getFirst().mime();
        assertEquals(withoutDate(atSes), withoutDate(local), "the outbox keeps the MIME SES was given");
        String header = headerLine(local, RawMime.TOUCH_HEADER);
        assertTrue(header.chars().allMatch(c -> c >= 0x20 && c <= 0x7e), header);
        assertTrue(header.startsWith("=?UTF-8?B?"), header);
        assertEquals(CYRILLIC_TOUCH, RawMail.parse(local).header(RawMime.TOUCH_HEADER), "a mail client reads the id");
        assertEquals(header, outbox.messages().getFirst().headers().get(RawMime.TOUCH_HEADER));
    }

    @Test
    void anAddressAtAnInternationalisedDomainGoesOutInPunycodeOnBothPaths() throws Exception {
        EmailMessage message = new EmailMessage("anna@пример.рф", "Мы скучаем", "Здравствуйте!", URL, "ru", "t-1");

        assertInstanceOf(SendResult.Sent.class, new SesEmailGateway(ses, FROM, CLOCK).send(message));
        assertInstanceOf(SendResult.Sent.class, outbox.send(message));

        assertEquals("anna@xn--e1afmkfd.xn--p1ai", RawMail.parse(onlyRawMessage().path("raw_data").asText()).header("To"));
        assertEquals(withoutDate(onlyRawMessage().path("raw_data").asText()),
                withoutDate(outbox.messages().getFirst().mime()));
    }

    @Test
    void anAddressOnlySmtpUtf8CouldCarryIsNotBuiltOnEitherPathAndNothingGoesOut() throws Exception {
        EmailMessage message = new EmailMessage("анна@пример.рф", "Мы скучаем", "Здравствуйте!", URL, "ru", "t-2");

        SendResult atSes = new SesEmailGateway(ses, FROM, CLOCK).send(message);
        SendResult local = outbox.send(message);

        SendResult.NotBuilt notBuilt = assertInstanceOf(SendResult.NotBuilt.class, atSes);
        assertEquals("to has a part before the @ that is not ASCII; such an address needs SMTPUTF8, which Amazon SES "
                + "does not support", notBuilt.reason());
        assertEquals(atSes, local, "the outbox refuses it as SES's gateway does");
        assertEquals(0, moto.data().path("ses").path("RawMessage").size());
        assertEquals(0, outbox.messages().size());
    }

    private static JsonNode onlyRawMessage() throws Exception {
        JsonNode raw = moto.data().path("ses").path("RawMessage");
        assertEquals(1, raw.size(), raw.toString());
        return raw.get(0);
    }

    private static String withoutDate(String mime) {
        return mime.replaceFirst("\r\nDate: [^\r]*\r\n", "\r\n");
    }

    private static String headerLine(String mime, String name) {
        String headers = mime.substring(0, mime.indexOf("\r\n\r\n")).replaceAll("\r\n[ \t]+", " ");
        for (String line : headers.split("\r\n")) {
            if (line.startsWith(name + ": ")) {
                return line.substring(name.length() + 2);
            }
        }
        throw new AssertionError("no " + name + " header in " + mime);
    }
}
