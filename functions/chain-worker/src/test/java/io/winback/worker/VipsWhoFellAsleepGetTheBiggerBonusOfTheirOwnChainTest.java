package io.winback.worker;

import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoSegmentMemberships;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "VIPs who fell asleep get a bigger bonus" is two sleep chains, not code: the band's chain of one-time buyers
 * (100) and one limited to the segment "vips" of those who spent at least 5,000 (500). Both customers bought once on
 * 30 September and fall asleep on 5 December; the one who spent 6,000 is in the segment by its conditions that day
 * (evaluated at the decision, not waiting for the stored membership) and gets 500 from the segment's chain, the one
 * who spent 900 gets the band's 100. A static list is read as stored: its member gets its chain.
 */
class VipsWhoFellAsleepGetTheBiggerBonusOfTheirOwnChainTest {
    private static final String STEP = """
            {"offsetDays": 0, "bonus": {"amount": %s, "validDays": 7}, "channels": ["sms"],
             "messages": {"sms": {"ru": {"text": "Дарим вам {amount} рублей до {until}"}}}}""";
    private static final String CHAINS = """
            {"budget": {"averageCheck": 5000, "margin": 0.4, "share": 0.5},
             "chains": [{"id": "sleep-1", "trigger": "fell-asleep", "segment": "1", "steps": [%s]},
                        {"id": "sleep-vips", "trigger": "fell-asleep", "segment": "%s", "steps": [%s]}]}""";

    private final Shop shop = Shop.storingChains(Map.of(WinbackConfig.API_TOKENS, CampaignDesk.TOKEN));
    private final CampaignDesk desk = new CampaignDesk(shop);

    @Test
    void aMemberOfTheDynamicSegmentGetsItsChainsBonusAndANonMemberTheBandsChain() {
        desk.segmentOfSpent("vips", 5000);
        putChains("vips");
        shop.buys("C-big", "2026-09-30", "6000");
        shop.buys("C-small", "2026-09-30", "900");
        assertEquals(Set.of(), memberships().of("C-big").members(),
                "the purchase was not evaluated against the segments yet: only the decision's evaluation knows");

        assertEquals(List.of(), shop.checkOn("2026-12-05"));

        assertEquals("sleep-vips", shop.episodes("C-big").getFirst().chainId());
        assertEquals(List.of("Дарим вам 500 рублей до 11.12"), texts("C-big"));
        assertEquals("sleep-1", shop.episodes("C-small").getFirst().chainId());
        assertEquals(List.of("Дарим вам 100 рублей до 11.12"), texts("C-small"));
    }

    @Test
    void aMemberOfAStaticListGetsItsChainAsTheListIsStored() {
        var created = desk.call("POST", "/v1/segments", "{\"id\": \"call-list\", \"name\": \"Обзвон\", "
                + "\"type\": \"static\"}");
        assertEquals(201, created.getStatusCode(), created.getBody());
        shop.buys("C-listed", "2026-09-30", "900");
        shop.buys("C-other", "2026-09-30", "900");
        var added = desk.call("POST", "/v1/segments/call-list/members", "{\"customers\": [\"C-listed\"]}");
        assertEquals(200, added.getStatusCode(), added.getBody());
        putChains("call-list");

        assertEquals(List.of(), shop.checkOn("2026-12-05"));

        assertEquals("sleep-vips", shop.episodes("C-listed").getFirst().chainId());
        assertEquals("sleep-1", shop.episodes("C-other").getFirst().chainId());
    }

    private void putChains(String segment) {
        var reply = desk.call("PUT", "/v1/chains", CHAINS.formatted(STEP.formatted(100), segment,
                STEP.formatted(500)));
        assertEquals(200, reply.getStatusCode(), reply.getBody());
    }

    private DynamoSegmentMemberships memberships() {
        return new DynamoSegmentMemberships(LocalDynamo.client(), shop.config.chains().chainsTable(),
                CapacityMeter.NONE, "test");
    }

    private List<String> texts(String customerKey) {
        return shop.smsTo(customerKey).stream().map(m -> m.text()).toList();
    }
}
