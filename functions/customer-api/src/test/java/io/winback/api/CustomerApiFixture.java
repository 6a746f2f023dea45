package io.winback.api;

import io.winback.json.customer.CustomerExport;
import io.winback.json.customer.BonusView;
import io.winback.json.customer.CustomerView;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.bonus.BonusGrant;
import io.winback.chain.Channel;
import io.winback.config.WinbackConfig;
import io.winback.consent.Consent;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.domain.Sales;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.domain.PhoneNumbers;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.DynamoBonusHistory;
import io.winback.dynamo.DynamoCallTasks;
import io.winback.dynamo.DynamoConsentLedger;
import io.winback.dynamo.DynamoEpisodes;
import io.winback.dynamo.DynamoTouches;
import io.winback.dynamo.DynamoSalesStore;
import io.winback.json.Json;
import io.winback.messages.UnsubscribeTokens;
import io.winback.security.BearerTokens;
import io.winback.testing.LocalDynamo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Fresh tables on DynamoDB Local and the handler under test in front of them; customers are seeded the way the
 * pipeline makes them: real sales recorded in the Sales table and applied to a customer through the domain.
 */
final class CustomerApiFixture {
    /** The clock of every handler here; the sample events' timeEpoch. */
    static final Instant NOW = Instant.parse("2025-11-20T11:06:40Z");
    static final String TOKEN = "test-api-token";
    static final String PHONE = "+79161234567";
    /** The chain worker's signing secret in these tests; the handler verifies links with it. */
    static final String UNSUBSCRIBE_SECRET = "test-unsubscribe-secret";

    /** The tokens of the staff of store-1 (where the fixture's sales are made) and of store-2. */
    static final String STAFF_OF_STORE_1 = "store-1-staff-token";
    static final String STAFF_OF_STORE_2 = "store-2-staff-token";

    final WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.API_TOKENS, "old-token," + TOKEN
                    + ",staff@store-1:" + STAFF_OF_STORE_1 + ", staff@store-2:" + STAFF_OF_STORE_2,
            WinbackConfig.UNSUBSCRIBE_SECRETS, UNSUBSCRIBE_SECRET));
    /** Signs links as the chain worker does, with the clock of the tests. */
    final UnsubscribeTokens unsubscribeTokens = new UnsubscribeTokens(List.of(UNSUBSCRIBE_SECRET),
            Clock.fixed(NOW, ZoneOffset.UTC));
    final DynamoCustomerStore customers = new DynamoCustomerStore(LocalDynamo.client(), config.customersTable(),
            new CustomerItems(config.bands(), config.sleep()), CapacityMeter.NONE, "test");
    final DynamoSalesStore sales = new DynamoSalesStore(LocalDynamo.client(), config.salesTable(),
            CapacityMeter.NONE, config.shopZone());
    final DynamoConsentLedger ledger = new DynamoConsentLedger(LocalDynamo.client(),
            config.chains().chainsTable(), CapacityMeter.NONE, "test");
    final DynamoEpisodes episodes = new DynamoEpisodes(LocalDynamo.client(), config.chains().chainsTable(),
            CapacityMeter.NONE, "test");
    final DynamoTouches touches = new DynamoTouches(LocalDynamo.client(), config.chains().chainsTable(),
            CapacityMeter.NONE, "test");
    final io.winback.dynamo.DynamoPurchaseCycles cycles = new io.winback.dynamo.DynamoPurchaseCycles(
            LocalDynamo.client(), config.chains().chainsTable(), CapacityMeter.NONE, "test");
    final DynamoCallTasks tasks = new DynamoCallTasks(LocalDynamo.client(), config.chains().chainsTable(),
            CapacityMeter.NONE, "test");
    final DynamoBonusHistory bonusHistory = new DynamoBonusHistory(LocalDynamo.client(),
            config.chains().chainsTable(), CapacityMeter.NONE, "test");
    final CustomerApiHandler handler = new CustomerApiHandler(LocalDynamo.client(), config, Clock.fixed(NOW, ZoneOffset.UTC));

    /** Anna as the POS knows her: id, phone, email, name, consent to both channels. */
    static SaleCustomer anna() {
        return new SaleCustomer("C-1001", PHONE, "anna@example.com", null, "Anna", null, null, null,
                new Consent(true, true));
    }

    static Sale purchase(String saleId, SaleCustomer who, String occurredAt, String total) {
        return Sales.withCustomer(Sales.sale(saleId, who.id(), occurredAt, total), who);
    }

    /** C-1001: purchases of 1000.00, 500.00 and 300.00 on 1 Sep, 11 Sep and 1 Oct 2025 (Moscow time). */
    CustomerApiFixture withCustomerC1001() {
        seed("C-1001",
                purchase("s-1", anna(), "2025-09-01T12:00:00+03:00", "1000.00"),
                purchase("s-2", anna(), "2025-09-11T12:00:00+03:00", "500.00"),
                purchase("s-3", anna(), "2025-10-01T12:00:00+03:00", "300.00"));
        return this;
    }

    /** Records each sale and applies it to the customer under {@code key}, as the webhook and the stats stream do. */
    Customer seed(String key, Sale... receipts) {
        Customer customer = customers.find(key).orElse(Customer.firstSeen(key));
        for (Sale sale : receipts) {
            sales.record(sale, NOW);
            var redemption = customer.redemptionFor(sale);
            Customer applied = customer.apply(sale, NOW, config.shopZone());
            if (applied != customer) {
                redemption.ifPresent(r -> bonusHistory.recordRedemptions(key, List.of(r)));
            }
            customer = applied;
        }
        if (!customers.saveIfUnchanged(customer, NOW)) {
            throw new IllegalStateException("seeding raced with nobody, yet lost");
        }
        return stored(key);
    }

    /** What the stats stream does with a late receipt: read, apply, save. */
    Customer statsApply(String key, Sale sale) {
        return seed(key, sale);
    }

    Customer stored(String key) {
        return customers.find(key).orElseThrow(() -> new AssertionError("no customer " + key + " stored"));
    }

    /** The API wired as the handler wires it, over another customer store: to stage concurrent writers. */
    CustomerApi apiOver(CustomerStore store, Clock clock) {
        CustomerView view = new CustomerView(config.bands(), config.sleep(), config.shopZone());
        BonusView bonuses = new BonusView(config.shopZone());
        CustomerConsents consents = new CustomerConsents(store, ledger, clock);
        return new CustomerApi(new BearerTokens(config.apiTokens()), new CustomerReads(store, sales, view, bonuses, bonusHistory, clock),
                new CustomerEdits(store, view, clock, config.shopZone()),
                new TillLookup(store, new PhoneNumbers(config.defaultCountryCode()), bonuses, clock),
                consents, new UnsubscribeLinks(unsubscribeTokens, store, consents),
                new CustomerExport(store, sales, bonusesOf(store, clock), ledger, episodes, touches, tasks, cycles,
                        view, bonuses, config.chains().customerRefs(), clock),
                new CustomerErasures(erasureOver(store, clock, java.util.List.of())));
    }

    /** The erasure as the handler wires it, over another customer store and with erasers of its own added. */
    io.winback.erasure.CustomerErasure erasureOver(CustomerStore store, Clock clock,
                                                   java.util.List<io.winback.erasure.CustomerDataEraser> more) {
        return new io.winback.erasure.CustomerErasure(config.erasedKeys(),
                new io.winback.dynamo.DynamoTombstones(LocalDynamo.client(), config.customersTable(),
                        CapacityMeter.NONE, "test"), store,
                erasers(store, clock, more), clock);
    }

    /** The bonuses on the card and in their history, as the handler wires them. */
    io.winback.bonus.BonusAccounts bonusesOf(CustomerStore store, Clock clock) {
        return new io.winback.bonus.CustomerBonuses(store, bonusHistory, clock);
    }

    /** The real erasers in their order, as the handler wires them, with {@code more} last. */
    java.util.List<io.winback.erasure.CustomerDataEraser> erasers(CustomerStore store, Clock clock,
                                                                 java.util.List<io.winback.erasure.CustomerDataEraser> more) {
        return io.winback.erasure.CustomerErasers.of(bonusesOf(store, clock), store,
                new io.winback.dynamo.DynamoAppliedSaleMarkers(LocalDynamo.client(), config.chains().chainsTable(),
                        CapacityMeter.NONE, "test"),
                cycles, tasks, touches, episodes, ledger, sales, new io.winback.dynamo.DynamoSaleLineIndex(LocalDynamo.client(),
                        config.saleLinesTable(), CapacityMeter.NONE, "test"), config.shopZone(),
                config.chains().customerRefs(), more);
    }

    APIGatewayV2HTTPResponse get(String customerId) {
        return call("GET", Routes.CUSTOMER, customerId, null, null, TOKEN);
    }

    APIGatewayV2HTTPResponse sales(String customerId, Map<String, String> query) {
        return call("GET", Routes.CUSTOMER_SALES, customerId, query, null, TOKEN);
    }

    APIGatewayV2HTTPResponse patch(String customerId, String body) {
        return call("PATCH", Routes.CUSTOMER, customerId, null, body, TOKEN);
    }

    APIGatewayV2HTTPResponse bonuses(String customerId) {
        return call("GET", Routes.CUSTOMER_BONUSES, customerId, null, null, TOKEN);
    }

    APIGatewayV2HTTPResponse consent(String customerId) {
        return call("GET", Routes.CUSTOMER_CONSENT, customerId, null, null, TOKEN);
    }

    APIGatewayV2HTTPResponse recordConsent(String customerId, String body) {
        return call("POST", Routes.CUSTOMER_CONSENT, customerId, null, body, TOKEN);
    }

    /** The till's lookup as API Gateway routes it: the static route, no path parameters. */
    APIGatewayV2HTTPResponse lookup(Map<String, String> query) {
        return lookup(query, TOKEN);
    }

    APIGatewayV2HTTPResponse lookup(Map<String, String> query, String token) {
        return handler.handleRequest(APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("GET " + Routes.LOOKUP)
                .withRawPath(Routes.LOOKUP)
                .withHeaders(Map.of("authorization", "Bearer " + token))
                .withQueryStringParameters(query)
                .withRequestContext(context("GET", Routes.LOOKUP))
                .build(), null);
    }

    /**
     * A click on an unsubscribe link as API Gateway routes it: the route key, the token in the query, no
     * Authorization header, {@code body} as the mail client sent it (null for none).
     */
    APIGatewayV2HTTPResponse followLink(String method, String token, String contentType, String body) {
        Map<String, String> headers = new HashMap<>();
        if (contentType != null) {
            headers.put("content-type", contentType);
        }
        return handler.handleRequest(APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(method + " " + Routes.UNSUBSCRIBE)
                .withRawPath(Routes.UNSUBSCRIBE)
                .withRawQueryString("token=" + token)
                .withHeaders(headers)
                .withQueryStringParameters(Map.of("token", token))
                .withBody(body)
                .withRequestContext(context(method, Routes.UNSUBSCRIBE))
                .build(), null);
    }

    /** What the chain worker puts in a message to {@code customerKey} on {@code channel}. */
    String linkToken(String customerKey, Channel channel) {
        return unsubscribeTokens.issue(customerKey, channel);
    }

    /** Gives the stored customer {@code grant}, as the chain worker does: read, add to the ledger, save. */
    Customer grant(String key, BonusGrant grant) {
        Customer customer = stored(key);
        if (!customers.saveIfUnchanged(customer.withBonuses(customer.bonuses().with(grant, NOW)), NOW)) {
            throw new IllegalStateException("granting raced with nobody, yet lost");
        }
        bonusHistory.recordGrant(key, grant);
        return stored(key);
    }

    /** {@code sale} with {@code amount} of bonus spent at the till. */
    static Sale redeeming(Sale sale, String amount) {
        return new Sale(sale.saleId(), sale.type(), sale.originalSaleId(), sale.storeId(), sale.occurredAt(),
                sale.customer(), sale.lines(), sale.total(), sale.currency(), new BigDecimal(amount));
    }

    /** The same handler over the same tables, with the clock at {@code at}: a request made at another time. */
    CustomerApiHandler handlerAt(Instant at) {
        return new CustomerApiHandler(LocalDynamo.client(), config, Clock.fixed(at, ZoneOffset.UTC));
    }

    /** A request as API Gateway routes it: route key, decoded path parameter, lower-cased headers. */
    APIGatewayV2HTTPResponse call(String method, String pathTemplate, String customerId, Map<String, String> query,
                                  String body, String token) {
        return handler.handleRequest(routed(method, pathTemplate, customerId, query, body, token), null);
    }

    static APIGatewayV2HTTPEvent routed(String method, String pathTemplate, String customerId,
                                        Map<String, String> query, String body, String token) {
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(method + " " + pathTemplate)
                .withRawPath(pathTemplate.replace("{customerId}", customerId))
                .withHeaders(token == null ? Map.of() : Map.of("authorization", "Bearer " + token))
                .withPathParameters(Map.of("customerId", customerId))
                .withQueryStringParameters(query)
                .withBody(body)
                .withRequestContext(context(method, pathTemplate.replace("{customerId}", customerId)))
                .build();
    }

    /** A request with only a method and a raw path, as a plain HTTP server would hand it over. */
    static APIGatewayV2HTTPEvent unrouted(String method, String rawPath, String rawQuery, String body, String token) {
        Map<String, String> headers = new HashMap<>();
        if (token != null) {
            headers.put("authorization", "Bearer " + token);
        }
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRawPath(rawPath)
                .withRawQueryString(rawQuery)
                .withHeaders(headers)
                .withBody(body)
                .withRequestContext(context(method, rawPath))
                .build();
    }

    private static APIGatewayV2HTTPEvent.RequestContext context(String method, String path) {
        return APIGatewayV2HTTPEvent.RequestContext.builder()
                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build())
                .build();
    }

    static JsonNode json(APIGatewayV2HTTPResponse response) {
        try {
            return Json.readTree(response.getBody());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.getBody(), e);
        }
    }

    /** The field of the first error of an error answer. */
    static String errorField(APIGatewayV2HTTPResponse response) {
        return json(response).at("/errors/0/field").asText();
    }
}
