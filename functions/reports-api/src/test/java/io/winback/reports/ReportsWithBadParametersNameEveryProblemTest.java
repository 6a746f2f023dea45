package io.winback.reports;

import io.winback.dynamo.CapacityMeter;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A report asked wrongly answers 400 naming every problem at once, and reads nothing. */
class ReportsWithBadParametersNameEveryProblemTest {
    private final ReportsShop shop = new ReportsShop();
    private final CapacityMeter meter = CapacityMeter.recording();
    private final ReportsApiHandler metered = new ReportsApiHandler(LocalDynamo.client(), shop.config, shop.clock, meter);

    private java.util.List<String> fieldsOf(String path, Map<String, String> query) {
        var answer = metered.handleRequest(eventFor(path, query), null);
        assertEquals(400, answer.getStatusCode(), answer.getBody());
        return ReportsShop.errorFields(answer);
    }

    private com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent eventFor(String path,
                                                                                      Map<String, String> query) {
        return com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0").withRouteKey("GET " + path).withRawPath(path)
                .withQueryStringParameters(query)
                .withHeaders(Map.of("authorization", "Bearer " + ReportsShop.TOKEN))
                .withRequestContext(com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent.RequestContext
                        .builder().withHttp(com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent
                                .RequestContext.Http.builder().withMethod("GET").withPath(path).build()).build())
                .build();
    }

    @Test
    void buyersNamesBothProductsTheUnreadableDaysTheLimitTheFormatAndTheLanguage() {
        var fields = fieldsOf("/v1/reports/buyers", Map.of("sku", "A1", "group", "coffee", "from", "2026-13-01",
                "to", "yesterday", "limit", "0", "format", "pdf", "lang", "de", "cursor", "not-a-cursor"));

        assertEquals(Set.of("format", "lang", "sku", "from", "to", "limit", "cursor"), Set.copyOf(fields));
        assertEquals(7, fields.size());
        assertEquals(Map.of(), meter.snapshot(), "nothing was read");
    }

    @Test
    void buyersWithoutAProductOrPeriodSaysWhatIsRequired() {
        var fields = fieldsOf("/v1/reports/buyers", Map.of("store", " , "));

        assertEquals(Set.of("sku", "from", "to", "store"), Set.copyOf(fields));
        assertEquals(Map.of(), meter.snapshot());
    }

    @Test
    void discountsNamesAPeriodThatEndsBeforeItStartsAndOneTooLong() {
        assertEquals(java.util.List.of("to"), fieldsOf("/v1/reports/discounts",
                Map.of("from", "2026-11-30", "to", "2026-11-01")));
        assertEquals(java.util.List.of("to"), fieldsOf("/v1/reports/discounts",
                Map.of("from", "2020-01-01", "to", "2026-11-01")));
        assertEquals(Set.of("from", "to", "format"), Set.copyOf(fieldsOf("/v1/reports/discounts",
                Map.of("format", "pdf"))));
        assertEquals(Map.of(), meter.snapshot());
    }

    @Test
    void sleepingNamesTheMissingDayTheLimitAndAForeignCursor() {
        assertEquals(Set.of("on", "limit"), Set.copyOf(fieldsOf("/v1/reports/sleeping", Map.of("limit", "5001"))));
        assertEquals(java.util.List.of("cursor"), fieldsOf("/v1/reports/sleeping",
                Map.of("on", "2026-12-05", "cursor", io.winback.http.report.ReportCursor.encode("sleeping|2026-12-06",
                        Map.of("source", "0")))));
        assertEquals(Map.of(), meter.snapshot());
    }
}
