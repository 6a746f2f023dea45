package io.winback.chainsapi;

import io.winback.testing.ApiAnswers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A campaign to "coffee-lapsed" is scheduled: deleting the segment answers 409 naming the campaign, and the segment
 * stays. Cancelled before its start, the campaign no longer needs it, and the segment may go.
 */
class ASegmentACampaignNamesIsRefusedOnDeleteUntilTheCampaignIsCancelledTest {

    @Test
    void theSegmentStaysWhileTheCampaignNamesItAndGoesOnceItIsCancelled() {
        CampaignDeskFixture desk = new CampaignDeskFixture();
        desk.staticSegment("coffee-lapsed");
        assertEquals(201, desk.call("POST", "/v1/campaigns", CampaignDeskFixture.campaign("coffee-win",
                "coffee-lapsed")).getStatusCode());

        var refused = desk.call("DELETE", "/v1/segments/coffee-lapsed", null);
        assertEquals(409, refused.getStatusCode(), refused.getBody());
        assertEquals(List.of("segmentId: segment 'coffee-lapsed' is in use by campaign coffee-win; change or delete "
                + "those first"), ApiAnswers.errors(refused));
        assertEquals(200, desk.call("GET", "/v1/segments/coffee-lapsed", null).getStatusCode(), "still there");

        assertEquals(204, desk.call("DELETE", "/v1/campaigns/coffee-win", null).getStatusCode());
        assertEquals("cancelled", ApiAnswers.json(desk.call("GET", "/v1/campaigns/coffee-win", null))
                .path("state").asText());
        assertEquals(409, desk.call("DELETE", "/v1/campaigns/coffee-win", null).getStatusCode(),
                "cancelled once");
        assertEquals(204, desk.call("DELETE", "/v1/segments/coffee-lapsed", null).getStatusCode());
    }
}
