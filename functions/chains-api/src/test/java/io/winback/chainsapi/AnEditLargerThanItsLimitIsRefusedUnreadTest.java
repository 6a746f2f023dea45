package io.winback.chainsapi;

import io.winback.http.ApiReply;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each edit has its own size limit, counted in UTF-8 bytes (a Cyrillic letter is two): a body at the limit is taken,
 * one byte more is a 413 naming the body and the limit in the one error shape.
 */
class AnEditLargerThanItsLimitIsRefusedUnreadTest {

    @Test
    void aSegmentDefinitionOneByteOverItsLimitIsA413AndOneAtItIsTaken() {
        int limit = SegmentEdits.BODY.bytes();
        String atTheLimit = "я".repeat(limit / 2);
        assertTrue(SegmentEdits.BODY.refuse(atTheLimit).isEmpty());
        Optional<ApiReply> refused = SegmentEdits.BODY.refuse(atTheLimit + "x");
        assertEquals(413, refused.orElseThrow().status());
        assertEquals("{\"errors\":[{\"field\":\"body\",\"message\":\"a segment definition may be at most 64 KB\"}]}",
                refused.get().body());
    }

    @Test
    void everyEditNamesWhatItTakesAndHowMuch() {
        assertEquals("a chain configuration may be at most 256 KB", message(ChainsEdits.BODY));
        assertEquals("a campaign may be at most 256 KB", message(CampaignEdits.BODY));
        assertEquals("a call's outcome may be at most 16 KB", message(TaskEdits.BODY));
    }

    private static String message(BodyLimit limit) {
        String body = limit.refuse("x".repeat(limit.bytes() + 1)).orElseThrow().body();
        return body.substring(body.indexOf("\"message\":\"") + 11, body.lastIndexOf('"'));
    }
}
