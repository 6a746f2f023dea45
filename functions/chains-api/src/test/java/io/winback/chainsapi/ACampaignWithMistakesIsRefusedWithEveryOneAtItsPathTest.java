package io.winback.chainsapi;

import io.winback.testing.ApiAnswers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A campaign naming a segment nobody defined, a time without its offset, a holdout of 60 %, and a step that waits
 * -1 days and names a bonus it does not grant: every mistake at once, each at its path, and nothing stored. A good
 * campaign is stored once; the same id again is a 409.
 */
class ACampaignWithMistakesIsRefusedWithEveryOneAtItsPathTest {

    @Test
    void everyMistakeIsNamedAndNothingIsStored() {
        CampaignDeskFixture desk = new CampaignDeskFixture();
        var refused = desk.call("POST", "/v1/campaigns", """
                {"id": "coffee win", "name": "Кофе", "segment": "nobody", "at": "2026-12-10T11:00:00",
                 "holdoutPercent": 60, "colour": "red",
                 "steps": [{"offsetDays": -1, "channels": ["sms"],
                            "messages": {"sms": {"ru": {"text": "{name}, {amount} рублей"}}}}]}""");
        assertEquals(400, refused.getStatusCode(), refused.getBody());
        assertEquals(List.of(
                "colour: is not a field here; known: id, name, segment, at, holdoutPercent, conversionWindowDays, "
                        + "steps, state, startedAt, entered, heldOut",
                "id: may hold only letters, digits, '.', '_', '+' and '-'",
                "segment: no segment nobody is defined; define it first (POST /v1/segments)",
                "at: must be an ISO time with its offset, such as 2026-12-10T11:00:00+03:00",
                "holdoutPercent: must be a whole number of percent held out to measure the effect from 0 to 50",
                "steps[0].offsetDays: must be a whole number of days after the trigger's day (0: that same day) "
                        + "from 0 to 365",
                "steps[0].messages.sms.ru.text: {amount} names the bonus, and this step grants none"),
                ApiAnswers.errors(refused));
        assertEquals(List.of(), ApiAnswers.json(desk.call("GET", "/v1/campaigns", null)).path("campaigns")
                .findValuesAsText("id"), "nothing stored");

        desk.staticSegment("coffee-lapsed");
        assertEquals(201, desk.call("POST", "/v1/campaigns", CampaignDeskFixture.campaign("coffee-win",
                "coffee-lapsed")).getStatusCode());
        var again = desk.call("POST", "/v1/campaigns", CampaignDeskFixture.campaign("coffee-win", "coffee-lapsed"));
        assertEquals(409, again.getStatusCode(), again.getBody());
        var listed = ApiAnswers.json(desk.call("GET", "/v1/campaigns", null)).path("campaigns");
        assertEquals(1, listed.size());
        assertEquals("scheduled", listed.get(0).path("state").asText());
        assertEquals(10, listed.get(0).path("holdoutPercent").asInt(), "10 % when not given");
        assertEquals(7, listed.get(0).path("steps").get(0).path("conversionWindowDays").asInt());
    }
}
