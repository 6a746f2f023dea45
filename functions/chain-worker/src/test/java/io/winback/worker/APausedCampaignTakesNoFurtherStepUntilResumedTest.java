package io.winback.worker;

import io.winback.chain.Episode;
import io.winback.config.WinbackConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A campaign of two SMS three days apart to 20 customers. The first goes out at the start; the marketer pauses the
 * campaign; on the third day nothing more goes out (what was sent stays sent) and every episode still waits at its
 * second step; resumed, the next run sends the second SMS to each, once.
 */
class APausedCampaignTakesNoFurtherStepUntilResumedTest {
    static final String CAMPAIGN = """
            {"id": "two-notes", "name": "Два напоминания", "segment": "regulars",
             "at": "2026-12-10T10:00:00+03:00", "holdoutPercent": 0,
             "steps": [{"offsetDays": 0, "channels": ["sms"], "messages": {"sms": {"ru": {"text": "{name}, ждём вас"}}}},
                       {"offsetDays": 3, "channels": ["sms"], "messages": {"sms": {"ru": {"text": "{name}, всё ещё ждём"}}}}]}""";

    @Test
    void pausedNothingMoreGoesOutAndResumedTheNextStepDoes() {
        Shop shop = Shop.storingChains(Map.of(WinbackConfig.API_TOKENS, CampaignDesk.TOKEN,
                WinbackConfig.SENDS_PER_SECOND, "10000"));
        List<String> keys = IntStream.range(0, 20).mapToObj(i -> "P-" + i).toList();
        keys.forEach(key -> shop.buys(key, "2026-12-01", "1500"));
        CampaignDesk desk = new CampaignDesk(shop);
        desk.segmentOfSpent("regulars", 1000);
        desk.createCampaign(CAMPAIGN);

        assertEquals(List.of(), shop.checkOn("2026-12-10"));
        assertEquals(20, shop.outbox.messages().size(), "the first SMS to each");

        var paused = desk.call("POST", "/v1/campaigns/two-notes/pause", null);
        assertEquals(200, paused.getStatusCode(), paused.getBody());
        assertEquals("paused", desk.campaign("two-notes").path("state").asText());
        assertEquals(List.of(), shop.checkOn("2026-12-13"));
        assertEquals(20, shop.outbox.messages().size(), "nothing more while paused");
        for (String key : keys) {
            Episode episode = shop.episodes(key).getFirst();
            assertTrue(episode.isActive(), key);
            assertEquals(1, episode.nextStep(), key + " waits at the second step");
        }

        var resumed = desk.call("POST", "/v1/campaigns/two-notes/resume", null);
        assertEquals(200, resumed.getStatusCode(), resumed.getBody());
        assertEquals("started", desk.campaign("two-notes").path("state").asText());
        assertEquals(List.of(), shop.checkOn("2026-12-14"));
        assertEquals(40, shop.outbox.messages().size(), "the second SMS to each, once resumed");
        for (String key : keys) {
            assertEquals(List.of("Анна, ждём вас", "Анна, всё ещё ждём"),
                    shop.smsTo(key).stream().map(m -> m.text()).toList(), key);
        }
        assertEquals(List.of(), shop.checkOn("2026-12-15"));
        assertEquals(40, shop.outbox.messages().size(), "and nothing twice");
    }
}
