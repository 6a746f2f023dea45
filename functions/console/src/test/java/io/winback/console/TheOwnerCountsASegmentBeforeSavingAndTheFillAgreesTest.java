package io.winback.console;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.chain.WorkItem;
import io.winback.config.WinbackConfig;
import io.winback.domain.Customer;
import io.winback.domain.Sale;
import io.winback.domain.Sales;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoCustomerPages;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.DynamoFillProgress;
import io.winback.dynamo.DynamoSalesStore;
import io.winback.dynamo.DynamoSegmentConfigurationStore;
import io.winback.dynamo.DynamoSegmentMemberships;
import io.winback.dynamo.DynamoSegments;
import io.winback.segment.SegmentFill;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Through the real console handler on DynamoDB Local, with the clock pinned: the owner builds a segment from
 * condition rows (days since the last purchase, a group bought within a year, money spent) and counts it before
 * saving; the count is what the fill makes of the same definition once saved, customer for customer. Mistakes in
 * several rows come back at once, each in its row; neither a count nor a refused form stores anything or queues a
 * fill; staff are refused the pages.
 */
class TheOwnerCountsASegmentBeforeSavingAndTheFillAgreesTest {
    private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");
    private static final int CUSTOMERS = 12;
    private static final String OWNER = "seg-owner";
    private static final String STAFF = "seg-staff";

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.API_TOKENS,
            "owner:seg-owner,staff@moscow-1:seg-staff"));
    private final List<WorkItem> queued = new ArrayList<>();
    private final ConsoleHandler console = new ConsoleHandler(LocalDynamo.client(), config, clock,
            touches -> List.of(), queued::addAll);
    private final CustomerItems items = new CustomerItems(config.bands(), config.sleep());
    private final DynamoCustomerStore customers = new DynamoCustomerStore(LocalDynamo.client(),
            config.customersTable(), items, CapacityMeter.NONE, "test");
    private final DynamoSegmentConfigurationStore definitions = new DynamoSegmentConfigurationStore(
            LocalDynamo.client(), config.chains().chainsTable(), clock);
    private final DynamoSegmentMemberships memberships = new DynamoSegmentMemberships(LocalDynamo.client(),
            config.chains().chainsTable(), CapacityMeter.NONE, "test");

    @Test
    void theCountBeforeSavingIsWhatTheFillMakesAfter() {
        buyers();
        Map<String, String> form = new HashMap<>(Map.of("id", "coffee-lapsed", "name", "Кофе, давно не были",
                "match", "all"));
        row(form, 0, "daysSinceLastPurchase", ">=", "30", "");
        row(form, 2, "boughtGroup", "=", "coffee", "365");
        row(form, 4, "spent", ">=", "1 000,00", "");

        APIGatewayV2HTTPResponse counted = post("/console/segments/count", form, OWNER);
        assertEquals(200, counted.getStatusCode(), counted.getBody());
        // Customers 3, 6 and 9: 30 days or more since, coffee bought, 1 000 or more spent.
        assertTrue(counted.getBody().contains("Подходят сейчас: 3 клиента из 12."), counted.getBody());
        assertTrue(counted.getBody().contains("value=\"coffee-lapsed\""), "the entries are kept");
        assertTrue(counted.getBody().contains("value=\"1 000,00\""), "the entries are kept as typed");
        assertNothingStored();

        APIGatewayV2HTTPResponse saved = post("/console/segments", form, OWNER);
        assertEquals(303, saved.getStatusCode(), saved.getBody());
        assertEquals("/console/segments/coffee-lapsed", saved.getHeaders().get("location"));
        assertEquals(1, definitions.current().version());
        assertEquals(1, definitions.current().find("coffee-lapsed").orElseThrow().version());
        fill();
        assertEquals(3, memberships.count("coffee-lapsed"), "the fill makes what the count said");
        for (int i = 0; i < CUSTOMERS; i++) {
            assertEquals(i == 3 || i == 6 || i == 9, memberships.of("C-" + i).members().contains("coffee-lapsed"),
                    "customer " + i);
        }

        APIGatewayV2HTTPResponse page = get("/console/segments/coffee-lapsed", OWNER);
        assertEquals(200, page.getStatusCode());
        assertTrue(page.getBody().contains("3 клиента"), page.getBody());
        assertTrue(page.getBody().contains("дней с последней покупки ≥ 30"), page.getBody());
        assertTrue(page.getBody().contains("покупал группу «coffee» за последние 365 дней"), page.getBody());
        APIGatewayV2HTTPResponse list = get("/console/segments", OWNER);
        assertTrue(list.getBody().contains("href=\"/console/segments/coffee-lapsed\">Кофе, давно не были</a>"),
                list.getBody());

        APIGatewayV2HTTPResponse again = post("/console/segments", form, OWNER);
        assertEquals(400, again.getStatusCode(), "the id is taken");
        assertTrue(again.getBody().contains("Сегмент с таким кодом уже есть"), again.getBody());
        assertEquals(1, definitions.current().version());
    }

    @Test
    void mistakesOfSeveralRowsAreShownEachAtItsRowAndNothingIsStored() {
        buyers();
        Map<String, String> form = new HashMap<>(Map.of("id", "Bad Id", "name", "Плохой", "match", "any"));
        row(form, 0, "daysSinceLastPurchase", ">=", "много", "");
        row(form, 2, "spent", "", "100", "");
        row(form, 3, "band", ">", "VIP", "");
        row(form, 5, "boughtGroup", "=", "coffee", "");

        for (String path : List.of("/console/segments/count", "/console/segments")) {
            APIGatewayV2HTTPResponse refused = post(path, form, OWNER);
            assertEquals(400, refused.getStatusCode(), path);
            String body = refused.getBody();
            assertTrue(rowOf(body, 0).contains("Условие 1, значение: нужно целое число от 0 до"), rowOf(body, 0));
            assertTrue(rowOf(body, 2).contains("Условие 3, сравнение: нужно одно из:"), rowOf(body, 2));
            assertTrue(rowOf(body, 3).contains("Условие 4, сравнение: для этого поля — только = или ≠"),
                    rowOf(body, 3));
            assertTrue(rowOf(body, 5).contains("Условие 6, целиком: укажите либо число дней, либо период"), rowOf(body, 5));
            assertFalse(rowOf(body, 1).contains("field-problem"), "the empty row is ignored");
            assertFalse(rowOf(body, 4).contains("field-problem"), "the empty row is ignored");
            assertTrue(body.contains("от 1 до 64 строчных латинских букв"), "the id's mistake at the id");
            assertTrue(body.contains("value=\"много\"") && body.contains("value=\"Bad Id\""), "the entries are kept");
            assertFalse(body.contains("Подходят сейчас"), "nothing counted");
            assertNothingStored();
        }
    }

    @Test
    void staffAreRefusedTheSegments() {
        assertEquals(403, get("/console/segments", STAFF).getStatusCode());
        assertEquals(403, get("/console/segments/any", STAFF).getStatusCode());
        Map<String, String> form = new HashMap<>(Map.of("id", "mine", "name", "Мой"));
        row(form, 0, "purchases", ">", "0", "");
        assertEquals(403, post("/console/segments/count", form, STAFF).getStatusCode());
        assertEquals(403, post("/console/segments", form, STAFF).getStatusCode());
        assertNothingStored();
    }

    /** Customer i bought coffee (every third) or tea, 10 × i days ago, for 500 × (i + 1). */
    private void buyers() {
        DynamoSalesStore sales = new DynamoSalesStore(LocalDynamo.client(), config.salesTable(), CapacityMeter.NONE,
                config.shopZone());
        for (int i = 0; i < CUSTOMERS; i++) {
            String key = "C-" + i;
            Sale sale = Sales.ofGroups("s-" + i, key, TODAY.minusDays(10L * i) + "T12:00:00+03:00",
                    Integer.toString(500 * (i + 1)), i % 3 == 0 ? "coffee" : "tea");
            sales.record(sale, NOW);
            customers.saveIfUnchanged(Customer.firstSeen(key).apply(sale, NOW, config.shopZone()), NOW);
        }
    }

    private void fill() {
        SegmentFill fill = new SegmentFill(DynamoSegments.memberships(LocalDynamo.client(),
                config.chains().chainsTable(), config.salesTable(), config.standing(), config.shopZone(), clock,
                CapacityMeter.NONE, "test"), new DynamoCustomerPages(LocalDynamo.client(), config.customersTable(),
                items, CapacityMeter.NONE, "test"), customers, new DynamoFillProgress(LocalDynamo.client(),
                config.chains().chainsTable(), CapacityMeter.NONE, "test"));
        List<WorkItem> work = new ArrayList<>(queued);
        assertEquals(16, work.size(), "the save queued the fill's 16 parts");
        while (!work.isEmpty()) {
            fill.fill((WorkItem.FillSegments) work.removeFirst()).ifPresent(work::add);
        }
    }

    private void assertNothingStored() {
        assertEquals(0, definitions.current().version(), "no definitions stored");
        assertTrue(queued.isEmpty(), "no fill queued");
    }

    private static void row(Map<String, String> form, int row, String field, String op, String value, String days) {
        form.put("field" + row, field);
        form.put("op" + row, op);
        form.put("value" + row, value);
        form.put("days" + row, days);
    }

    /** The HTML of the form's row {@code row}, its fieldset. */
    private static String rowOf(String page, int row) {
        int start = page.indexOf("id=\"row" + row + "\"");
        assertTrue(start > 0, "row " + row + " is on the page");
        return page.substring(start, page.indexOf("</fieldset>", start));
    }

    private APIGatewayV2HTTPResponse get(String path, String token) {
        return new OwnerDesk(console, token).get(path);
    }

    /** Opens the segments page for its CSRF token, then posts {@code form} with it. */
    private APIGatewayV2HTTPResponse post(String path, Map<String, String> form, String token) {
        OwnerDesk desk = new OwnerDesk(console, token);
        Map<String, String> withToken = new java.util.LinkedHashMap<>(Map.of("csrf", desk.csrf("/console/segments")));
        withToken.putAll(form);
        return desk.post(path, withToken);
    }
}
