package io.winback.messaging;

import io.winback.messages.SendResult;

import io.winback.sns.SnsSmsGateway;
import io.winback.aws.MessagingClients;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.pipeline.MotoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.SnsClient;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SNS on moto_server: the text reaches the number as written, and an opted-out number is never published to. */
class SmsGoesOutThroughSnsOnlyToNumbersThatHaveNotOptedOutTest {
    /** moto_server reports every number ending in 99 as opted out. */
    private static final String OPTED_OUT = "+79161234599";
    private static final String NUMBER = "+79161234567";
    private static final String TEXT = "Анна, мы скучаем! −15% на всё до воскресенья. Отписка: STOP";

    private static MotoServer moto;
    private static SnsClient sns;

    @BeforeAll
    static void startMoto() throws Exception {
        Assumptions.assumeTrue(MotoServer.installed(), "moto_server is not on the PATH");
        moto = MotoServer.start();
        sns = MessagingClients.snsForEndpoint(moto.endpoint());
    }

    @AfterAll
    static void stopMoto() {
        if (moto != null) {
            sns.close();
            moto.close();
        }
    }

    @BeforeEach
    void forgetEarlierMessages() throws Exception {
        moto.reset();
    }

    @Test
    void aNumberThatHasNotOptedOutGetsTheTextAsWritten() throws Exception {
        SendResult result;
        try (CapturedLog log = new CapturedLog()) {
            result = new SnsSmsGateway(sns, "Winback").send(NUMBER, TEXT, "touch-1");
            assertTrue(log.text().contains("\"event\":\"sms_sent\""), log.text());
            assertFalse(log.text().contains("9161234567"), "the number must not be logged in clear: " + log.text());
        }

        SendResult.Sent sent = assertInstanceOf(SendResult.Sent.class, result);
        JsonNode sms = moto.data().path("sns").path("SMS");
        assertEquals(1, sms.size(), sms.toString());
        assertEquals(NUMBER, sms.get(0).path("phone_number").asText());
        assertEquals(TEXT, sms.get(0).path("message").asText());
        assertEquals(sent.providerMessageId(), sms.get(0).path("message_id").asText());
    }

    @Test
    void anOptedOutNumberGetsNothing() throws Exception {
        SendResult result = new SnsSmsGateway(sns, null).send(OPTED_OUT, TEXT, "touch-2");

        assertInstanceOf(SendResult.OptedOut.class, result);
        assertEquals(0, moto.data().path("sns").path("SMS").size(), moto.data().path("sns").toString());
    }

    @Test
    void theTextIsDeclaredPromotionalAndSignedWithTheSenderIdWhenOneIsSet() throws Exception {
        try (FakeProvider provider = FakeProvider.start(
                FakeProvider.snsPublishAnswers(FakeProvider.snsPublished("m-1")));
             SnsClient fake = MessagingClients.snsForEndpoint(provider.endpoint())) {
            assertEquals(new SendResult.Sent("m-1"), new SnsSmsGateway(fake, "Winback").send(NUMBER, TEXT, "t-1"));
            assertEquals(new SendResult.Sent("m-1"), new SnsSmsGateway(fake, null).send(NUMBER, TEXT, "t-2"));

            var publishes = provider.requests().stream().filter(r -> r.body().contains("Action=Publish")).toList();
            assertEquals(2, publishes.size());
            Map<String, String> withSender = attributes(publishes.get(0).body());
            assertEquals("Promotional", withSender.get("AWS.SNS.SMS.SMSType"));
            assertEquals("Winback", withSender.get("AWS.SNS.SMS.SenderID"));
            Map<String, String> withoutSender = attributes(publishes.get(1).body());
            assertEquals("Promotional", withoutSender.get("AWS.SNS.SMS.SMSType"));
            assertNull(withoutSender.get("AWS.SNS.SMS.SenderID"));
        }
    }

    /** The message attributes of a query-protocol {@code Publish} body, name to string value. */
    private static Map<String, String> attributes(String formBody) {
        Map<String, String> form = new HashMap<>();
        for (String pair : formBody.split("&")) {
            int eq = pair.indexOf('=');
            form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        Map<String, String> attributes = new HashMap<>();
        for (int i = 1; form.containsKey("MessageAttributes.entry." + i + ".Name"); i++) {
            attributes.put(form.get("MessageAttributes.entry." + i + ".Name"),
                    form.get("MessageAttributes.entry." + i + ".Value.StringValue"));
        }
        return attributes;
    }
}
