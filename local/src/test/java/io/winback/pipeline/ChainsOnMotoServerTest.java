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

    /**
     * A birthday chain 3 days before, added to the playbook as docs/chains.md shows: two customers born on 28
     * November; the tick of the 25th greets the one whose number SNS has not opted out (moto says a number ending in
     * 99 has), and a re-run of the day sends nothing more. Read back from moto's own record of SNS.
     */
    @Test
    void aBirthdayGreetingGoesOutThroughSnsOnceAndNotToAnOptedOutNumber() throws Exception {
        start();
        JsonNode configuration = client.getAuthorized("/v1/chains").body();
        ((com.fasterxml.jackson.databind.node.ArrayNode) configuration.get("chains")).insert(0, io.winback.json.Json
                .readTree("""
                        {"id":"birthday","trigger":{"type":"birthday","daysBefore":3},"steps":[{"offsetDays":0,                        "bonus":{"amount":300,"validDays":7},"channels":["sms"],"messages":{"sms":{"ru":{"text":                        "{name}, с наступающим днём рождения! Дарим {amount} рублей до {until}"}}}}]}"""));
        var stored = client.putAuthorized("/v1/chains", io.winback.json.Json.write(configuration));
        assertEquals(200, stored.status(), String.valueOf(stored.body()));
        String greeted = "+79161110021";
        String optedOut = "+79161110199";
        assertEquals(200, client.postSales(bornOn28November("B-1", "C-21", greeted),
                bornOn28November("B-2", "C-22", optedOut)).status());

        assertEquals(1, tick("2026-11-25").get("messagesSent").asInt());
        assertEquals(0, tick("2026-11-25").get("messagesSent").asInt(), "the re-run of the day greets nobody twice");
        assertEquals(0, tick("2026-11-26").get("messagesSent").asInt());

        List<String> toGreeted = new ArrayList<>();
        List<String> toOptedOut = new ArrayList<>();
        motoData().at("/sns/SMS").forEach(sms -> {
            String to = sms.get("phone_number").asText();
            if (to.equals(greeted)) {
                toGreeted.add(sms.get("message").asText());
            } else if (to.equals(optedOut)) {
                toOptedOut.add(sms.get("message").asText());
            }
        });
        assertEquals(List.of("Анна, с наступающим днём рождения! Дарим 300 рублей до 01.12"), toGreeted);
        assertEquals(List.of(), toOptedOut, "SNS says the number opted out: nothing is published to it");
        assertEquals(false, client.customer("C-22").body().at("/consent/sms").asBoolean(), "the opt-out is recorded");
        verifySent(outbox());
    }

    private static String bornOn28November(String saleId, String customerId, String phone) {
        return """
                {"saleId":"%s","storeId":"store-1","occurredAt":"2026-11-20T12:00:00+03:00",
                 "customer":{"id":"%s","phone":"%s","name":"Анна","birthday":"1991-11-28","consent":{"sms":true}},
                 "total":900.00}""".formatted(saleId, customerId, phone);
    }

    static JsonNode motoData() {
        try {
            return moto.data();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
