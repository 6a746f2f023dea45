package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.winback.api.CustomerApiFixture.PHONE;
import static io.winback.api.CustomerApiFixture.STAFF_OF_STORE_1;
import static io.winback.api.CustomerApiFixture.STAFF_OF_STORE_2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anna bought at store-1. Its staff read her card, purchases, bonuses and consent and find her by phone at the till;
 * they may not edit, export or erase her, nor record a consent change (403, nothing written). The staff of store-2
 * may not read her card, and at their till she is not found.
 */
class TheStaffOfAStoreReadTheCardsOfItsCustomersAndChangeNothingTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();

    @Test
    void theStoreWhereSheBoughtReadsHerCardAndFindsHerByPhone() {
        for (String path : new String[]{Routes.CUSTOMER, Routes.CUSTOMER_SALES, Routes.CUSTOMER_BONUSES,
                Routes.CUSTOMER_CONSENT}) {
            APIGatewayV2HTTPResponse read = fixture.call("GET", path, "C-1001", null, null, STAFF_OF_STORE_1);
            assertEquals(200, read.getStatusCode(), path + ": " + read.getBody());
        }
        APIGatewayV2HTTPResponse found = fixture.lookup(Map.of("phone", PHONE), STAFF_OF_STORE_1);
        assertEquals(200, found.getStatusCode(), found.getBody());
        assertTrue(found.getBody().contains("\"customerId\":\"C-1001\""), found.getBody());
    }

    @Test
    void theyChangeExportAndEraseNothing() {
        String before = fixture.get("C-1001").getBody();
        assertEquals(403, fixture.call("PATCH", Routes.CUSTOMER, "C-1001", null, "{\"name\": \"Аня\"}",
                STAFF_OF_STORE_1).getStatusCode());
        assertEquals(403, fixture.call("POST", Routes.CUSTOMER_CONSENT, "C-1001", null,
                "{\"channel\": \"sms\", \"given\": false, \"source\": \"till\"}", STAFF_OF_STORE_1).getStatusCode());
        APIGatewayV2HTTPResponse export = fixture.call("GET", Routes.CUSTOMER_EXPORT, "C-1001", null, null,
                STAFF_OF_STORE_1);
        assertEquals(403, export.getStatusCode());
        assertTrue(export.getBody().contains("the staff of store-1"), export.getBody());
        assertEquals(403, fixture.call("DELETE", Routes.CUSTOMER, "C-1001", null, null, STAFF_OF_STORE_1)
                .getStatusCode());
        assertEquals(before, fixture.get("C-1001").getBody(), "her card is as it was");
    }

    @Test
    void anotherStoresStaffNeitherReadHerNorFindHer() {
        APIGatewayV2HTTPResponse card = fixture.call("GET", Routes.CUSTOMER, "C-1001", null, null, STAFF_OF_STORE_2);
        assertEquals(403, card.getStatusCode());
        assertTrue(card.getBody().contains("read the card of a customer of another store"), card.getBody());
        assertEquals(404, fixture.lookup(Map.of("phone", PHONE), STAFF_OF_STORE_2).getStatusCode());
    }
}
