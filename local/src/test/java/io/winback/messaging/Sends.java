package io.winback.messaging;

import io.winback.messages.EmailMessage;
import io.winback.messages.SendResult;

import io.winback.ses.SesEmailGateway;
import io.winback.sns.SnsSmsGateway;
import io.winback.aws.MessagingClients;

import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sns.SnsClient;

import java.time.Duration;

/** One send through a real gateway and a real SDK client to a {@link FakeProvider}. */
final class Sends {
    /** Short, so a read timeout costs the test a second; the clients are otherwise those of production. */
    static final Duration TIMEOUT = Duration.ofSeconds(1);
    static final EmailMessage EMAIL = new EmailMessage("anna@example.com", "Мы скучаем", "Здравствуйте!",
            "https://api.winback.example/v1/unsubscribe?token=a.b", "ru", "touch-1");

    private Sends() {
    }

    static SendResult sms(FakeProvider provider) {
        try (SnsClient sns = MessagingClients.snsForEndpoint(provider.endpoint(), TIMEOUT)) {
            return new SnsSmsGateway(sns, null).send("+79161234567", "Мы скучаем", "touch-1");
        }
    }

    static SendResult email(FakeProvider provider) {
        try (SesV2Client ses = MessagingClients.sesForEndpoint(provider.endpoint(), TIMEOUT)) {
            return new SesEmailGateway(ses, "shop@winback.example", java.time.Clock.fixed(java.time.Instant.parse("2026-12-05T07:00:00Z"), java.time.ZoneOffset.UTC)).send(EMAIL);
        }
    }
}
