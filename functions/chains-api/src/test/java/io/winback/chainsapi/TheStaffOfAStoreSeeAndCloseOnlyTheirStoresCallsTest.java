package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.winback.chainsapi.ChainsApiFixture.NOW;
import static io.winback.chainsapi.ChainsApiFixture.STAFF_OF_12;
import static io.winback.chainsapi.ChainsApiFixture.errors;
import static io.winback.chainsapi.ChainsApiFixture.openTask;
import static io.winback.chainsapi.ChainsApiFixture.taskIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A {@code staff@12:<token>} token opens store 12's call list and closes its tasks; another store's list or task, the
 * chains, segments and campaigns are a 403 that says whose token it is, and nothing is written.
 */
class TheStaffOfAStoreSeeAndCloseOnlyTheirStoresCallsTest {
    private static final String OURS = "C-1/fell-asleep@2026-12-05#2";
    private static final String THEIRS = "C-2/fell-asleep@2026-12-05#2";
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    TheStaffOfAStoreSeeAndCloseOnlyTheirStoresCallsTest() {
        fixture.tasks.openTask(openTask("C-1", 2, "12", NOW.plusSeconds(86_400)));
        fixture.tasks.openTask(openTask("C-2", 2, "14", NOW.plusSeconds(86_400)));
    }

    @Test
    void theirListIsTheirStoresWhateverTheyAskAndTheOwnerSeesEveryStore() {
        assertEquals(List.of(OURS), taskIds(fixture.listTasks(Map.of(), STAFF_OF_12)));
        assertEquals(List.of(OURS), taskIds(fixture.listTasks(Map.of("store", "12"), STAFF_OF_12)));
        APIGatewayV2HTTPResponse another = fixture.listTasks(Map.of("store", "14"), STAFF_OF_12);
        assertEquals(403, another.getStatusCode());
        assertEquals(List.of("Authorization: this token is the staff of 12's, which may not see the call list of 14;"
                + " use the owner's token"), errors(another));
        assertEquals(2, taskIds(fixture.listTasks(Map.of())).size(), "the owner's token sees both stores");
    }

    @Test
    void theyCloseTheirStoresTaskButNotAnotherStoresWhichStaysOpen() {
        assertEquals(200, fixture.readTask(OURS, STAFF_OF_12).getStatusCode());
        assertEquals(403, fixture.readTask(THEIRS, STAFF_OF_12).getStatusCode());
        assertEquals(200, fixture.closeTask(OURS, "{\"outcome\": \"will_come\"}", STAFF_OF_12).getStatusCode());
        APIGatewayV2HTTPResponse refused = fixture.closeTask(THEIRS, "{\"outcome\": \"will_come\"}", STAFF_OF_12);
        assertEquals(403, refused.getStatusCode(), refused.getBody());
        assertEquals("open", fixture.tasks.task(THEIRS).orElseThrow().status());
        assertEquals(404, fixture.closeTask("C-9/none#1", "{\"outcome\": \"will_come\"}", STAFF_OF_12).getStatusCode());
    }

    @Test
    void chainsSegmentsAndCampaignsAreTheOwnersAndNothingIsStored() {
        for (String path : List.of(Routes.CHAINS, Routes.SEGMENTS, Routes.CAMPAIGNS)) {
            APIGatewayV2HTTPResponse read = fixture.call("GET", path, null, STAFF_OF_12);
            assertEquals(403, read.getStatusCode(), path);
            assertTrue(errors(read).getFirst().contains("may not use GET " + path), errors(read).toString());
        }
        String before = fixture.get().getBody();
        assertEquals(403, fixture.call("PUT", Routes.CHAINS, ChainsApiFixture.oneStep("100", ChainsApiFixture
                .smsStep("Ждём вас")), STAFF_OF_12).getStatusCode());
        assertEquals(before, fixture.get().getBody(), "the chains are as they were");
    }
}
