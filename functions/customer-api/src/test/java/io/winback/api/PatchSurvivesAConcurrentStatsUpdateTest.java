package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.domain.ContactDetail;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStatus;
import io.winback.domain.CustomerStore;
import io.winback.domain.Sale;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static io.winback.api.CustomerApiFixture.NOW;
import static io.winback.api.CustomerApiFixture.TOKEN;
import static io.winback.api.CustomerApiFixture.anna;
import static io.winback.api.CustomerApiFixture.errorField;
import static io.winback.api.CustomerApiFixture.json;
import static io.winback.api.CustomerApiFixture.purchase;
import static io.winback.api.CustomerApiFixture.routed;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PatchSurvivesAConcurrentStatsUpdateTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();

    /**
     * The real DynamoDB store, except that just before the API's write the stats stream saves the customer with
     * one more sale (for the first {@code races} writes), so the API's version condition fails.
     */
    private final class StatsStreamRacesTheApi implements CustomerStore {
        private final int races;
        private final AtomicInteger apiWrites = new AtomicInteger();

        StatsStreamRacesTheApi(int races) {
            this.races = races;
        }

        @Override
        public Optional<Customer> find(String key) {
            return fixture.customers.find(key);
        }

        @Override
        public boolean saveIfUnchanged(Customer customer, Instant now) {
            int write = apiWrites.incrementAndGet();
            if (write <= races) {
                Sale late = purchase("late-" + write, anna(), "2025-11-19T12:00:0" + (write % 10) + "+03:00", "100.00");
                fixture.statsApply(customer.key(), late);
            }
            return fixture.customers.saveIfUnchanged(customer, now);
        }

        @Override
        public boolean delete(String key) {
            return fixture.customers.delete(key);
        }

        @Override
        public List<Customer> findByContact(ContactDetail detail) {
            return fixture.customers.findByContact(detail);
        }

        @Override
        public List<String> fallingAsleepOn(LocalDate day) {
            return fixture.customers.fallingAsleepOn(day);
        }

        @Override
        public List<Sleeper> undecidedSleepersBy(LocalDate day) {
            return fixture.customers.undecidedSleepersBy(day);
        }
    }

    @Test
    void theEditIsReappliedOverTheStatsUpdateNotInsteadOfIt() {
        StatsStreamRacesTheApi store = new StatsStreamRacesTheApi(1);
        CustomerApi api = fixture.apiOver(store, Clock.fixed(NOW, ZoneOffset.UTC));

        APIGatewayV2HTTPResponse response = api.handle(routed("PATCH", Routes.CUSTOMER, "C-1001", null,
                "{\"status\":\"archive\",\"name\":\"Anna K.\"}", TOKEN));

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(2, store.apiWrites.get(), "one lost race, one successful write");
        Customer stored = fixture.stored("C-1001");
        assertEquals(CustomerStatus.ARCHIVE, stored.status());
        assertEquals("Anna K.", stored.profile().name());
        assertEquals(4, stored.stats().purchases(), "the concurrent sale survived the edit");
        assertEquals(4, json(response).at("/stats/purchases").asInt(), "and the answer shows it");
    }

    @Test
    void afterTenLostRacesTheAnswerIs409AndTheStreamsWritesStand() {
        StatsStreamRacesTheApi store = new StatsStreamRacesTheApi(Integer.MAX_VALUE);
        CustomerApi api = fixture.apiOver(store, Clock.fixed(NOW, ZoneOffset.UTC));

        APIGatewayV2HTTPResponse response = api.handle(routed("PATCH", Routes.CUSTOMER, "C-1001", null,
                "{\"status\":\"archive\"}", TOKEN));

        assertEquals(409, response.getStatusCode(), response.getBody());
        assertEquals("customerId", errorField(response));
        assertEquals(CustomerEdits.MAX_ATTEMPTS, store.apiWrites.get());
        Customer stored = fixture.stored("C-1001");
        assertEquals(CustomerStatus.ACTIVE, stored.status(), "the edit never landed");
        assertEquals(3 + CustomerEdits.MAX_ATTEMPTS, stored.stats().purchases());
    }

    @Test
    void aConsentChangeIsReappliedOverTheStatsUpdateAndRecordedOnce() {
        StatsStreamRacesTheApi store = new StatsStreamRacesTheApi(1);
        CustomerApi api = fixture.apiOver(store, Clock.fixed(NOW, ZoneOffset.UTC));

        APIGatewayV2HTTPResponse response = api.handle(routed("POST", Routes.CUSTOMER_CONSENT, "C-1001", null,
                "{\"sms\":false}", TOKEN));

        assertEquals(200, response.getStatusCode(), response.getBody());
        assertEquals(2, store.apiWrites.get(), "one lost race, one successful write");
        Customer stored = fixture.stored("C-1001");
        assertEquals(false, stored.profile().consentSms());
        assertEquals(4, stored.stats().purchases(), "the concurrent sale survived the consent change");
        assertEquals(1, fixture.ledger.history("C-1001").size());
    }

    @Test
    void aConsentChangeThatLosesEveryRaceIs409AndLeavesTheLedgerAlone() {
        StatsStreamRacesTheApi store = new StatsStreamRacesTheApi(Integer.MAX_VALUE);
        CustomerApi api = fixture.apiOver(store, Clock.fixed(NOW, ZoneOffset.UTC));

        APIGatewayV2HTTPResponse response = api.handle(routed("POST", Routes.CUSTOMER_CONSENT, "C-1001", null,
                "{\"sms\":false}", TOKEN));

        assertEquals(409, response.getStatusCode(), response.getBody());
        assertEquals(true, fixture.stored("C-1001").profile().consentSms());
        assertEquals(List.of(), fixture.ledger.history("C-1001"));
    }
}
