package io.winback.worker;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.campaign.CampaignDefinition;
import io.winback.chain.Episode;
import io.winback.chain.Holdout;
import io.winback.chain.TouchStatus;
import io.winback.chain.WorkItem;
import io.winback.config.WinbackConfig;
import io.winback.json.chain.CampaignJson;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 500 customers who spent 1,500 are the segment "big-spenders"; 30 who spent 500 are not. A campaign of a 100 rouble
 * bonus with an SMS, 10 % held out, is to start at 11:00 on 10 December. The 10:00 check of that day starts nothing;
 * the first run at or after 11:00 enters every member once: about 10 % held out by the campaign's own hash, each of
 * the others sent one SMS and granted the bonus, nobody outside the segment touched. The check run again for the
 * start time, and its work delivered twice, sends nothing more and counts nobody twice.
 */
class ACampaignWithABonusAndAnSmsReachesItsSegmentOfFiveHundredOnceTest {
    static final String CAMPAIGN = """
            {"id": "big-win", "name": "Возвращаем крупных", "segment": "big-spenders",
             "at": "2026-12-10T11:00:00+03:00", "holdoutPercent": 10,
             "steps": [{"offsetDays": 0, "bonus": {"amount": 100, "validDays": 14}, "channels": ["sms"],
                        "messages": {"sms": {"ru": {"text": "{name}, дарим {amount} рублей до {until}"}}}}]}""";

    @Test
    void everyMemberEntersOnceAboutATenthHeldOutAndNobodyOutsideIsTouched() {
        // The send pace (10 a second per worker) is the providers' limit, not what this test is about.
        Shop shop = Shop.storingChains(Map.of(WinbackConfig.API_TOKENS, CampaignDesk.TOKEN,
                WinbackConfig.HOLDOUT_SALT, "campaign-salt", WinbackConfig.SENDS_PER_SECOND, "10000"));
        List<String> members = IntStream.range(0, 500).mapToObj(i -> "M-" + i).toList();
        List<String> outside = IntStream.range(0, 30).mapToObj(i -> "O-" + i).toList();
        members.forEach(key -> shop.buys(key, "2026-12-01", "1500"));
        outside.forEach(key -> shop.buys(key, "2026-12-01", "500"));
        CampaignDesk desk = new CampaignDesk(shop);
        desk.segmentOfSpent("big-spenders", 1000);
        JsonNode created = desk.createCampaign(CAMPAIGN);
        assertEquals("scheduled", created.path("state").asText());

        assertEquals(List.of(), shop.checkOn("2026-12-10"), "10:00: before its time");
        assertTrue(shop.episodes("M-0").isEmpty(), "nobody entered before 11:00");

        shop.clock.set(java.time.OffsetDateTime.parse("2026-12-10T11:00:00+03:00").toInstant());
        shop.check.handleRequest(Map.of("scheduledTime", "2026-12-10T11:00:00+03:00"), null);
        List<WorkItem> fanOut = new ArrayList<>(shop.queue);
        assertEquals(16, fanOut.stream().filter(WorkItem.StartCampaign.class::isInstance).count(),
                "one item per shard of the segment");
        assertEquals(List.of(), shop.deliverQueue());

        CampaignDefinition definition = CampaignJson.readStored(CAMPAIGN);
        Holdout holdout = definition.holdout("campaign-salt");
        List<Episode> episodes = members.stream().map(key -> shop.episodes(key)).flatMap(List::stream).toList();
        assertEquals(500, episodes.size(), "every member entered once");
        assertTrue(episodes.stream().allMatch(e -> e.id().equals("campaign:big-win@2026-12-10")
                && e.chainId().equals("big-win")));
        List<String> held = episodes.stream().filter(Episode::holdout).map(Episode::customerKey).toList();
        assertEquals(members.stream().filter(holdout::contains).toList(), held, "the campaign's own hash");
        assertTrue(held.size() >= 35 && held.size() <= 65, "10 % ± 3 of 500: " + held.size());
        Holdout deployments = shop.config.chains().holdout();
        assertNotEquals(members.stream().filter(deployments::contains).toList(), held,
                "salted by the campaign: not the chains' holdout");
        for (String key : members) {
            boolean heldOut = held.contains(key);
            assertEquals(List.of(heldOut ? TouchStatus.HOLDOUT : TouchStatus.SENT),
                    shop.touches(key).stream().map(t -> t.status()).toList(), key);
            assertEquals(heldOut ? 0 : 1, shop.smsTo(key).size(), key);
            assertEquals(heldOut ? List.of() : List.of("100.00"), shop.customer(key).bonuses().grants().stream()
                    .map(g -> g.amount().setScale(2).toPlainString()).toList(), key);
        }
        assertEquals(500 - held.size(), shop.outbox.messages().size(), "one SMS to each member not held out");
        assertTrue(shop.outbox.messages().getFirst().text().matches("Анна, дарим 100 рублей до \\d\\d\\.12"),
                shop.outbox.messages().getFirst().text());
        for (String key : outside) {
            assertEquals(List.of(), shop.episodes(key), key + " is outside the segment");
            assertEquals(List.of(), shop.touches(key), key);
        }

        // The same run again, and its fan-out delivered a second time (a retry, a redrive).
        shop.check.handleRequest(Map.of("scheduledTime", "2026-12-10T11:00:00+03:00"), null);
        assertTrue(shop.queue.stream().noneMatch(WorkItem.StartCampaign.class::isInstance),
                "a started campaign is not started again");
        shop.queue.addAll(fanOut);
        assertEquals(List.of(), shop.deliverQueue());
        assertEquals(500 - held.size(), shop.outbox.messages().size(), "nothing sent twice");
        JsonNode read = desk.campaign("big-win");
        assertEquals("started", read.path("state").asText());
        assertEquals(500, read.path("entered").asLong(), "each counted once");
        assertEquals(held.size(), read.path("heldOut").asLong());
        assertEquals(409, desk.call("DELETE", "/v1/campaigns/big-win", null).getStatusCode(),
                "a started campaign cannot be cancelled");
    }
}
