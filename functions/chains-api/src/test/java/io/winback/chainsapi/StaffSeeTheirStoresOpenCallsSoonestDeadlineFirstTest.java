package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.winback.chainsapi.ChainsApiFixture.NOW;
import static io.winback.chainsapi.ChainsApiFixture.errors;
import static io.winback.chainsapi.ChainsApiFixture.json;
import static io.winback.chainsapi.ChainsApiFixture.openTask;
import static io.winback.chainsapi.ChainsApiFixture.taskIds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffSeeTheirStoresOpenCallsSoonestDeadlineFirstTest {
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    private static Instant inDays(int days) {
        return NOW.plusSeconds(days * 86_400L);
    }

    @Test
    void theListIsTheStoresOpenTasksSoonestDeadlineFirstWithWhatStaffNeedToDial() {
        fixture.tasks.openTask(openTask("C-3", 2, "12", inDays(5)));
        fixture.tasks.openTask(openTask("C-1", 2, "12", inDays(1)));
        fixture.tasks.openTask(openTask("C-2", 3, "12", inDays(3)));

        APIGatewayV2HTTPResponse response = fixture.listTasks(Map.of("status", "open", "store", "12"));

        assertEquals(200, response.getStatusCode());
        assertEquals(List.of("C-1/fell-asleep@2026-12-05#2", "C-2/fell-asleep@2026-12-05#3",
                "C-3/fell-asleep@2026-12-05#2"), taskIds(response));
        assertFalse(json(response).has("nextCursor"), response.getBody());
        JsonNode first = json(response).get("tasks").get(0);
        List<String> fields = new ArrayList<>();
        first.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "customerId", "store", "name", "phone", "segment", "lastVisitDay", "averageCheck",
                "touchesSoFar", "reason", "createdAt", "deadline", "overdue", "status"), fields);
        assertEquals("C-1", first.get("customerId").asText());
        assertEquals("12", first.get("store").asText());
        assertEquals("Анна C-1", first.get("name").asText());
        assertEquals("+79161234562", first.get("phone").asText());
        assertEquals("2", first.get("segment").asText());
        assertEquals("2025-09-01", first.get("lastVisitDay").asText());
        assertEquals("1450.50", first.get("averageCheck").decimalValue().toPlainString());
        assertEquals(2, first.get("touchesSoFar").intValue());
        assertEquals("Не приходит с 01.09.2025", first.get("reason").asText());
        assertEquals("2025-11-18T11:06:40Z", first.get("createdAt").asText());
        assertEquals("2025-11-21T11:06:40Z", first.get("deadline").asText());
        assertFalse(first.get("overdue").booleanValue());
        assertEquals("open", first.get("status").asText());
    }

    @Test
    void statusOpenIsTheDefault() {
        fixture.tasks.openTask(openTask("C-1", 2, "12", inDays(1)));

        assertEquals(List.of("C-1/fell-asleep@2026-12-05#2"), taskIds(fixture.listTasks(Map.of("store", "12"))));
    }

    @Test
    void twoStoresSeeOnlyTheirOwnCalls() {
        fixture.tasks.openTask(openTask("C-1", 2, "12", inDays(1)));
        fixture.tasks.openTask(openTask("C-2", 2, "7", inDays(2)));
        fixture.tasks.openTask(openTask("C-3", 2, "12", inDays(3)));

        assertEquals(List.of("C-1/fell-asleep@2026-12-05#2", "C-3/fell-asleep@2026-12-05#2"),
                taskIds(fixture.listTasks(Map.of("store", "12"))));
        assertEquals(List.of("C-2/fell-asleep@2026-12-05#2"), taskIds(fixture.listTasks(Map.of("store", "7"))));
        assertEquals(List.of(), taskIds(fixture.listTasks(Map.of("store", "99"))));
    }

    @Test
    void aManagerWithoutAStoreSeesEveryStoresCallsPageByPageAndClosedOnesLeave() {
        fixture.tasks.openTask(openTask("C-1", 2, "12", inDays(1)));
        fixture.tasks.openTask(openTask("C-2", 2, "7", inDays(2)));
        fixture.tasks.openTask(openTask("C-3", 2, "12", inDays(3)));

        APIGatewayV2HTTPResponse first = fixture.listTasks(Map.of("limit", "2"));
        assertEquals(List.of("C-1/fell-asleep@2026-12-05#2", "C-2/fell-asleep@2026-12-05#2"), taskIds(first));
        String cursor = ChainsApiFixture.json(first).get("nextCursor").asText();
        assertEquals(List.of("C-3/fell-asleep@2026-12-05#2"),
                taskIds(fixture.listTasks(Map.of("limit", "2", "cursor", cursor))));
        assertEquals(400, fixture.listTasks(Map.of("store", "12", "cursor", cursor)).getStatusCode(),
                "a cursor of the all-stores list is not one of a store's");

        fixture.tasks.closeTask("C-2/fell-asleep@2026-12-05#2", io.winback.tasks.CallOutcome.REACHED, null,
                java.time.Instant.parse("2026-12-20T10:00:00Z"));
        assertEquals(List.of("C-1/fell-asleep@2026-12-05#2", "C-3/fell-asleep@2026-12-05#2"),
                taskIds(fixture.listTasks(Map.of())));
    }

    @Test
    void fiveCallsComeInThreePagesOfTwoAndTheLastPageSaysItIsTheLast() {
        for (int i = 5; i >= 1; i--) {
            fixture.tasks.openTask(openTask("C-" + i, 2, "12", inDays(i)));
        }
        fixture.tasks.openTask(openTask("C-9", 2, "7", inDays(0)));

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            APIGatewayV2HTTPResponse page = fixture.listTasks(cursor == null
                    ? Map.of("store", "12", "limit", "2")
                    : Map.of("store", "12", "limit", "2", "cursor", cursor));
            assertEquals(200, page.getStatusCode(), page.getBody());
            seen.addAll(taskIds(page));
            pageSizes.add(taskIds(page).size());
            cursor = json(page).has("nextCursor") ? json(page).get("nextCursor").asText() : null;
        } while (cursor != null && pageSizes.size() < 10);

        assertEquals(List.of(2, 2, 1), pageSizes);
        assertEquals(List.of("C-1/fell-asleep@2026-12-05#2", "C-2/fell-asleep@2026-12-05#2",
                "C-3/fell-asleep@2026-12-05#2", "C-4/fell-asleep@2026-12-05#2", "C-5/fell-asleep@2026-12-05#2"), seen);
    }

    @Test
    void aFullLastPageSendsNobodyToAnEmptyOne() {
        fixture.tasks.openTask(openTask("C-1", 2, "12", inDays(1)));
        fixture.tasks.openTask(openTask("C-2", 2, "12", inDays(2)));

        APIGatewayV2HTTPResponse page = fixture.listTasks(Map.of("store", "12", "limit", "2"));

        assertEquals(2, taskIds(page).size());
        assertFalse(json(page).has("nextCursor"), page.getBody());
    }

    @Test
    void aCursorOfOneStoresListIsRefusedOnAnothers() {
        fixture.tasks.openTask(openTask("C-1", 2, "12", inDays(1)));
        fixture.tasks.openTask(openTask("C-2", 2, "12", inDays(2)));
        fixture.tasks.openTask(openTask("C-3", 2, "7", inDays(2)));
        String cursor = json(fixture.listTasks(Map.of("store", "12", "limit", "1"))).get("nextCursor").asText();

        APIGatewayV2HTTPResponse response = fixture.listTasks(Map.of("store", "7", "cursor", cursor));

        assertEquals(400, response.getStatusCode());
        assertEquals(List.of("cursor: cursor belongs to another store's list; pass the nextCursor of the previous page"),
                errors(response));
    }

    @Test
    void aCursorThisApiDidNotHandOutIs400() {
        for (String cursor : List.of("not-a-cursor", "e30", "eyJwayI6InRhc2sjeCJ9", "%%%")) {
            APIGatewayV2HTTPResponse response = fixture.listTasks(Map.of("store", "12", "cursor", cursor));

            assertEquals(400, response.getStatusCode(), cursor);
            assertEquals(List.of("cursor: cursor is not one this API returned; pass the nextCursor of the previous page"),
                    errors(response), cursor);
        }
    }

    @Test
    void aRetriedOpeningListsTheCallOnce() {
        fixture.tasks.openTask(openTask("C-1", 2, "12", inDays(1)));
        fixture.tasks.openTask(openTask("C-1", 2, "12", inDays(1)));

        assertEquals(List.of("C-1/fell-asleep@2026-12-05#2"), taskIds(fixture.listTasks(Map.of("store", "12"))));
        assertTrue(fixture.tasks.task("C-1/fell-asleep@2026-12-05#2").isPresent());
        assertNull(fixture.tasks.task("C-1/fell-asleep@2026-12-05#9").orElse(null));
    }
}
