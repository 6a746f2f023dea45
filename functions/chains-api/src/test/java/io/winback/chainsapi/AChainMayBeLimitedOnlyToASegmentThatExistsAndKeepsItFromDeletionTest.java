package io.winback.chainsapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.testing.ApiAnswers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A chain's {@code segment} names a band or a segment the shop defined. One naming a segment that does not exist is
 * refused at its path, with every other mistake and nothing stored; one naming a segment is stored and read back as
 * written; and the segment it names cannot be deleted while the chain is in force (409 naming the chain), only once
 * the chains no longer name it.
 */
class AChainMayBeLimitedOnlyToASegmentThatExistsAndKeepsItFromDeletionTest {
    private static final String STEP = """
            {"offsetDays": 0, "channels": ["sms"], "messages": {"sms": {"ru": {"text": "{name}, ждём вас"}}}}""";
    private final CampaignDeskFixture desk = new CampaignDeskFixture();

    @Test
    void aChainNamingAnUnknownSegmentIsRefusedWithItsPath() {
        desk.staticSegment("coffee-lapsed");
        var reply = desk.call("PUT", "/v1/chains", chains("""
                {"id": "sleep-1", "trigger": "fell-asleep", "segment": "1", "steps": [%1$s]},
                {"id": "sleep-lapsed", "trigger": "fell-asleep", "segment": "coffee-lapsed", "steps": [%1$s]},
                {"id": "sleep-x", "trigger": "fell-asleep", "segment": "x", "steps": [%1$s]},
                {"id": "birthday-vip", "trigger": {"type": "birthday", "daysBefore": 3}, "segment": "vip",
                 "steps": [%1$s]},
                {"id": "sleep-lapsed-again", "trigger": "fell-asleep", "segment": "coffee-lapsed", "steps": [%1$s]}"""));

        assertEquals(400, reply.getStatusCode(), reply.getBody());
        assertEquals(List.of(
                "chains[2].segment: no segment 'x'; define it with POST /v1/segments",
                "chains[3].segment: unknown segment vip; use 1, 2-3, 4+, VIP or a segment's id",
                "chains[4].segment: chains[1] is already the fell-asleep chain of segment coffee-lapsed; a trigger "
                        + "starts one chain per segment"), ApiAnswers.errors(reply));
        assertEquals(0, ApiAnswers.json(desk.call("GET", "/v1/chains", null)).path("version").asInt(),
                "nothing stored");
    }

    @Test
    void aSegmentAChainNamesIsRefusedOnDeleteUntilTheChainNoLongerNamesIt() {
        desk.staticSegment("coffee-lapsed");
        var stored = desk.call("PUT", "/v1/chains", chains("""
                {"id": "sleep-1", "trigger": "fell-asleep", "segment": "1", "steps": [%1$s]},
                {"id": "sleep-lapsed", "trigger": "fell-asleep", "segment": "coffee-lapsed", "steps": [%1$s]}"""));
        assertEquals(200, stored.getStatusCode(), stored.getBody());
        JsonNode read = ApiAnswers.json(desk.call("GET", "/v1/chains", null));
        assertEquals("coffee-lapsed", read.at("/chains/1/segment").asText(), "read back as written");

        var refused = desk.call("DELETE", "/v1/segments/coffee-lapsed", null);
        assertEquals(409, refused.getStatusCode(), refused.getBody());
        assertEquals(List.of("segmentId: segment 'coffee-lapsed' is in use by chain sleep-lapsed; change or delete "
                + "those first"), ApiAnswers.errors(refused));
        assertEquals(200, desk.call("GET", "/v1/segments/coffee-lapsed", null).getStatusCode(), "still there");

        assertEquals(200, desk.call("PUT", "/v1/chains", chains("""
                {"id": "sleep-1", "trigger": "fell-asleep", "segment": "1", "steps": [%1$s]}""")).getStatusCode());
        assertEquals(204, desk.call("DELETE", "/v1/segments/coffee-lapsed", null).getStatusCode());
    }

    private static String chains(String chains) {
        return "{\"chains\": [" + chains.formatted(STEP) + "]}";
    }
}
