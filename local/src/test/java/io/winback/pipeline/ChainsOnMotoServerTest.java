package io.winback.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The playbook on moto_server: tables, the work queue (SQS), SMS (SNS) and email (SES v2) all the emulator's; what
 * was sent is read back from moto's own record of it.
 */
class ChainsOnMotoServerTest extends ChainScenarios {
    private static MotoServer moto;

    @BeforeAll
    static void startMoto() throws Exception {
        Assumptions.assumeTrue(MotoServer.installed(), "moto_server is not on the PATH");
        moto = MotoServer.start();
    }

    @AfterAll
    static void stopMoto() {
        if (moto != null) {
            moto.close();
        }
    }

    @Override
    Backend backend() {
        return moto;
    }

    @Override
    void verifySent(List<JsonNode> outbox) {
        // moto keeps each SMS as {message, message_id, phone_number}.
        List<String> kept = new ArrayList<>();
        motoData().at("/sns/SMS").forEach(sms -> kept.add(List.of(sms.get("message").asText(),
                sms.get("message_id").asText(), sms.get("phone_number").asText()).toString()));
        for (JsonNode message : outbox) {
            String expected = List.of(message.get("text").asText(), message.get("messageId").asText(),
                    message.get("to").asText()).toString();
            assertTrue(kept.contains(expected), "moto's SNS holds " + expected + ": " + kept);
        }
    }

    @Test
    void aNumberOptedOutWithSnsGetsNoSmsAndLosesItsSmsConsent() {
        start();
        client.postSales(saleOf("S-1", "C-9", "+79161110099", null, "2026-06-01", "900.00"));
        JsonNode run = tick("2026-08-06");
        assertEquals(0, run.get("messagesSent").asInt());
        var customer = client.customer("C-9");
        assertEquals(false, customer.body().at("/consent/sms").asBoolean(), "the opt-out is recorded");
    }

    static JsonNode motoData() {
        try {
            return moto.data();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
