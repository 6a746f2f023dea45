package io.winback.console;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.campaign.CampaignState;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoCampaigns;
import io.winback.dynamo.DynamoSegmentConfigurationStore;
import io.winback.segment.SegmentConfiguration;
import io.winback.segment.SegmentDefinition;
import io.winback.testing.LocalDynamo;
import io.winback.time.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Through the real console handler on DynamoDB Local, as the owner: a campaign form with five mistakes is refused
 * with each beside its field, the values kept, nothing stored; a good one is stored as {@code POST /v1/campaigns}
 * would store it (the start read in the shop's time) and opens its page; its id again is a 409 at the id field; it
 * is paused and resumed; one not started is cancelled, one started is not (pause it instead). Staff get a 403 and
 * change nothing; a forged CSRF token changes nothing.
 */
class TheOwnerCreatesPausesAndCancelsCampaignsOnTheirPagesTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-07T07:00:00Z"));
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.API_TOKENS,
            "owner:campaign-owner,staff@moscow-1:campaign-staff", WinbackConfig.MAX_BONUS, "500"));
    private final ConsoleHandler console = new ConsoleHandler(LocalDynamo.client(), config, clock);
    private final DynamoCampaigns campaigns = new DynamoCampaigns(LocalDynamo.client(), config.chains().chainsTable(),
            CapacityMeter.NONE, "test");
    private final OwnerDesk owner = new OwnerDesk(console, "campaign-owner");

    TheOwnerCreatesPausesAndCancelsCampaignsOnTheirPagesTest() {
        new DynamoSegmentConfigurationStore(LocalDynamo.client(), config.chains().chainsTable(), clock)
                .storeNext(SegmentConfiguration.NONE.with(new SegmentDefinition("coffee-lapsed", "Кофе", 0, null)), 0);
    }

    @Test
    void everyMistakeStandsBesideItsFieldWithTheValuesKeptAndNothingIsStored() {
        Map<String, String> form = good("coffee win");
        form.put("segment", "");
        form.put("at", "");
        form.put("holdout", "60");
        form.put("bonusAmount", "5000");
        form.put("smsRu", "{name}, дарим {amount} ₽ на {foo}");
        APIGatewayV2HTTPResponse refused = owner.post("/console/campaigns", withCsrf(form));
        assertEquals(400, refused.getStatusCode(), refused.getBody());
        String page = refused.getBody();
        for (String field : List.of("id", "segment", "at", "holdout", "bonusAmount", "smsRu")) {
            assertTrue(page.contains("id=\"" + field + "-error\""), field + " has its error beside it: " + page);
        }
        assertTrue(errorOf(page, "id").contains("только латинские буквы"), errorOf(page, "id"));
        assertTrue(errorOf(page, "at").contains("Укажите дату и время"), errorOf(page, "at"));
        assertTrue(errorOf(page, "bonusAmount").contains("больше 500 — наибольшего бонуса"), errorOf(page, "bonusAmount"));
        assertTrue(errorOf(page, "smsRu").contains("неизвестная подстановка {foo}"), errorOf(page, "smsRu"));
        assertFalse(page.contains("id=\"name-error\""), "the name was right");
        assertTrue(page.contains("value=\"coffee win\"") && page.contains("value=\"5000\"")
                && page.contains(">{name}, дарим {amount} ₽ на {foo}</textarea>"), "the values are kept");
        assertTrue(page.contains("class=\"hint sms-parts\">1 часть (UCS-2"), "the text's parts: " + page);
        assertEquals(List.of(), campaigns.all(), "nothing stored");
    }

    @Test
    void aGoodCampaignIsStoredInTheShopsTimeAndItsIdAgainIsRefusedAtTheIdField() {
        APIGatewayV2HTTPResponse created = owner.post("/console/campaigns", withCsrf(good("coffee-win")));
        assertEquals(303, created.getStatusCode(), created.getBody());
        assertEquals("/console/campaigns/coffee-win", created.getHeaders().get("location"));
        var stored = campaigns.find("coffee-win").orElseThrow();
        assertEquals(OffsetDateTime.parse("2026-12-10T11:00:00+03:00"), stored.definition().at(), "Moscow time");
        assertEquals(10, stored.definition().holdoutPercent(), "the API's default");
        assertEquals(0, new java.math.BigDecimal("150").compareTo(stored.definition().steps().getFirst().bonus()
                .amount()));
        String page = owner.get("/console/campaigns/coffee-win").getBody();
        assertTrue(page.contains("запланирована") && page.contains("10.12.2026, 11:00")
                && page.contains("150 ₽ на 14 дней") && page.contains("Отменить кампанию"), page);
        assertTrue(page.contains("href=\"/console/sent?chain=coffee-win\""), "its sent log");
        String list = owner.get("/console/campaigns").getBody();
        assertTrue(list.contains("<a href=\"/console/campaigns/coffee-win\">Кофе: возвращаем</a>"), list);

        APIGatewayV2HTTPResponse again = owner.post("/console/campaigns", withCsrf(good("coffee-win")));
        assertEquals(409, again.getStatusCode());
        assertTrue(errorOf(again.getBody(), "id").contains("Кампания с кодом coffee-win уже есть"), again.getBody());
    }

    @Test
    void itIsPausedResumedAndCancelledBeforeItsStartButNotAfter() {
        owner.post("/console/campaigns", withCsrf(good("coffee-win")));
        owner.post("/console/campaigns", withCsrf(good("tea-win")));
        assertEquals(303, owner.post("/console/campaigns/coffee-win/pause", withCsrf(new HashMap<>())).getStatusCode());
        assertEquals(CampaignState.PAUSED, campaigns.find("coffee-win").orElseThrow().state());
        assertTrue(owner.get("/console/campaigns/coffee-win").getBody().contains("Возобновить"));
        assertEquals(303, owner.post("/console/campaigns/coffee-win/resume", withCsrf(new HashMap<>())).getStatusCode());
        assertEquals(CampaignState.SCHEDULED, campaigns.find("coffee-win").orElseThrow().state());
        assertEquals(303, owner.post("/console/campaigns/coffee-win/cancel", withCsrf(new HashMap<>())).getStatusCode());
        assertEquals(CampaignState.CANCELLED, campaigns.find("coffee-win").orElseThrow().state());

        campaigns.markStarted("tea-win", Instant.parse("2026-12-10T08:00:00Z"));
        clock.advance(java.time.Duration.ofDays(4));
        String started = owner.get("/console/campaigns/tea-win").getBody();
        assertFalse(started.contains("Отменить кампанию"), "no cancel once started");
        assertTrue(started.contains("отменить её нельзя"), started);
        assertTrue(started.contains("/console/sent?chain=tea-win&amp;from=2026-12-10&amp;to=2026-12-11"), started);
        APIGatewayV2HTTPResponse refused = owner.post("/console/campaigns/tea-win/cancel", withCsrf(new HashMap<>()));
        assertEquals(409, refused.getStatusCode());
        assertTrue(refused.getBody().contains("Кампания уже началась"), refused.getBody());
        assertEquals(CampaignState.STARTED, campaigns.find("tea-win").orElseThrow().state());
    }

    @Test
    void staffAreRefusedAndAForgedFormChangesNothing() {
        OwnerDesk staff = new OwnerDesk(console, "campaign-staff");
        assertEquals(403, staff.get("/console/campaigns").getStatusCode());
        Map<String, String> staffForm = good("staff-win");
        staffForm.put("csrf", staff.csrf("/console/tasks"));
        assertEquals(403, staff.post("/console/campaigns", staffForm).getStatusCode());
        assertEquals(List.of(), campaigns.all(), "staff define no campaign");
        assertFalse(staff.get("/console/tasks").getBody().contains("/console/campaigns"), "nor see the link");

        Map<String, String> forged = good("forged-win");
        forged.put("csrf", "forged");
        assertEquals(403, owner.post("/console/campaigns", forged).getStatusCode());
        assertEquals(List.of(), campaigns.all(), "a forged form stores nothing");
        owner.post("/console/campaigns", withCsrf(good("coffee-win")));
        assertEquals(403, owner.post("/console/campaigns/coffee-win/cancel", Map.of("csrf", "forged"))
                .getStatusCode());
        assertEquals(CampaignState.SCHEDULED, campaigns.find("coffee-win").orElseThrow().state());
    }

    private Map<String, String> withCsrf(Map<String, String> form) {
        Map<String, String> signed = new HashMap<>(form);
        signed.put("csrf", owner.csrf("/console/campaigns"));
        return signed;
    }

    private static Map<String, String> good(String id) {
        return new HashMap<>(Map.of("id", id, "name", "Кофе: возвращаем", "segment", "coffee-lapsed",
                "at", "2026-12-10T11:00", "holdout", "10", "bonusAmount", "150", "bonusDays", "14",
                "smsRu", "{name}, дарим {amount} рублей на кофе до {until}"));
    }

    /** The text beside {@code field}. */
    private static String errorOf(String page, String field) {
        int at = page.indexOf("id=\"" + field + "-error\">");
        assertTrue(at >= 0, field + " has no error: " + page);
        return page.substring(at, page.indexOf("</p>", at));
    }
}
