package io.winback.api;

import io.winback.json.customer.CustomerExport;
import io.winback.json.customer.BonusView;
import io.winback.json.customer.CustomerView;
import io.winback.dynamo.DynamoErasure;
import io.winback.dynamo.DynamoSegments;
import io.winback.erasure.CustomerDataEraser;
import io.winback.segment.CustomersKeptInSegments;

import io.winback.time.WallClock;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.config.WinbackConfig;
import io.winback.domain.PhoneNumbers;
import io.winback.dynamo.CapacityMeter;
import io.winback.config.StoredTiming;
import io.winback.dynamo.CustomerItems;
import io.winback.sleep.SleepRuleInForce;
import io.winback.sleep.TimingStore;
import io.winback.dynamo.DynamoClients;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.DynamoBonusHistory;
import io.winback.dynamo.DynamoCallTasks;
import io.winback.dynamo.DynamoConsentLedger;
import io.winback.dynamo.DynamoEpisodes;
import io.winback.dynamo.DynamoTouches;
import io.winback.dynamo.DynamoSalesStore;
import io.winback.bonus.CustomerBonuses;
import io.winback.dynamo.DynamoPurchaseCycles;
import io.winback.chain.Touches;
import io.winback.erasure.CustomerErasure;
import io.winback.http.ApiRequest;
import io.winback.messages.UnsubscribeTokens;
import io.winback.security.BearerTokens;
import io.winback.snapstart.Priming;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Lambda entry point of the customer API routes. Wiring only, once per execution environment; the work is in {@link CustomerApi}. */
public final class CustomerApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final CustomerApi api;

    public CustomerApiHandler() {
        this(DynamoClients.fromEnvironment(), WinbackConfig.fromEnvironment(), WallClock.utc());
    }

    public CustomerApiHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock) {
        this(dynamo, config, clock, chains -> List.of());
    }

    /**
     * @param moreErasers erasers of stores only this deployment has (the local outbox), given the chains' touches;
     *                    they run after the standard ones
     */
    public CustomerApiHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock,
                              Function<Touches, List<CustomerDataEraser>> moreErasers) {
        this(dynamo, config, clock, moreErasers, StoredTiming.of(dynamo, config));
    }

    /**
     * @param timing what the timing job put in force: the card's sleep day and {@code timing}, and every card an edit
     *               writes, follow it (read through a cache)
     */
    public CustomerApiHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock,
                              Function<Touches, List<CustomerDataEraser>> moreErasers, TimingStore timing) {
        SleepRuleInForce sleep = StoredTiming.rule(timing, config, clock);
        var customers = new DynamoCustomerStore(dynamo, config.customersTable(),
                new CustomerItems(config.bands(), sleep), CapacityMeter.NONE, "api");
        var view = new CustomerView(config.bands(), sleep, config.shopZone());
        var bonuses = new BonusView(config.shopZone());
        String chainsTable = config.chains().chainsTable();
        var ledger = new DynamoConsentLedger(dynamo, chainsTable, CapacityMeter.NONE, "api");
        var episodes = new DynamoEpisodes(dynamo, chainsTable, CapacityMeter.NONE, "api");
        var touches = new DynamoTouches(dynamo, chainsTable, CapacityMeter.NONE, "api");
        var tasks = new DynamoCallTasks(dynamo, chainsTable, CapacityMeter.NONE, "api");
        // Profile, consent and property edits move the customer in or out of segments at once.
        var edited = new CustomersKeptInSegments(customers,
                DynamoSegments.memberships(dynamo, config.chains().chainsTable(),
                config.salesTable(), config.standing(), config.shopZone(), clock, CapacityMeter.NONE, "api"));
        var consents = new CustomerConsents(edited, ledger, clock);
        var sales = new DynamoSalesStore(dynamo, config.salesTable(), CapacityMeter.NONE, config.shopZone());
        var bonusHistory = new DynamoBonusHistory(dynamo, chainsTable, CapacityMeter.NONE, "api");
        var bonusAccounts = new CustomerBonuses(customers, bonusHistory, clock);
        var refs = config.chains().customerRefs();
        var cycles = new DynamoPurchaseCycles(dynamo, chainsTable, CapacityMeter.NONE, "api");
        var erasure = DynamoErasure.of(dynamo, new DynamoErasure.Tables(config.customersTable(),
                config.chains().chainsTable(), config.salesTable(), config.saleLinesTable()),
                new CustomerItems(config.bands(), sleep), config.shopZone(), config.erasedKeys(),
                config.chains().customerRefs(), clock, moreErasers);
        var tokens = new BearerTokens(config.apiTokens());
        this.api = new CustomerApi(tokens,
                new CustomerReads(customers, sales, view, bonuses, bonusHistory, clock),
                new CustomerEdits(edited, view, clock, config.shopZone()),
                new TillLookup(customers, new PhoneNumbers(config.defaultCountryCode()), bonuses, clock),
                consents,
                // Verifies with every secret the chain worker may have signed a link with.
                new UnsubscribeLinks(new UnsubscribeTokens(config.chains().unsubscribeSecrets(), clock), customers, consents),
                new CustomerExport(customers, sales, bonusAccounts, ledger, episodes, touches, tasks, cycles, view, bonuses,
                        refs, clock),
                new CustomerErasures(erasure));
        String token = tokens.anOwnersToken().orElse("");
        Priming.beforeSnapshot("customer-api", () -> prime(token));
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return api.handle(event);
    }

    /**
     * What SnapStart runs before the snapshot: a GET of a customer who never exists, through the token check, the
     * DynamoDB read and the JSON answer, the PATCH and consent parsers on sample bodies, and the unsubscribe link
     * with a signature that matches no secret (the HMAC and the HTML page). Nothing is written.
     */
    private void prime(String token) {
        api.answer(new ApiRequest("GET", Routes.Endpoint.READ_CUSTOMER.routeKey(), null,
                Map.of("customerId", Priming.NEVER_A_KEY), Map.of(), null, "Bearer " + token));
        api.answer(new ApiRequest("POST", Routes.Endpoint.UNSUBSCRIBE_FROM_LINK.routeKey(), null, Map.of(),
                Map.of("token", "cHJpbWluZw.AAAA"), "List-Unsubscribe=One-Click", null));
        CustomerPatchParser.parse("{\"name\":\"priming\",\"consent\":{\"sms\":true},"
                + "\"properties\":{\"p\":{\"type\":\"number\",\"value\":1}}}", LocalDate.EPOCH);
        ConsentRequestParser.parse("{\"sms\":true,\"email\":false,\"source\":\"pos\",\"textVersion\":\"priming\"}");
    }
}
