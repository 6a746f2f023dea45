package io.winback.console;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.access.SessionSeal;
import io.winback.chain.ChainStates;
import io.winback.cycles.CycleEvidencePolicy;
import io.winback.dynamo.DynamoAverageCheckReader;
import io.winback.dynamo.DynamoChainConfigurationStore;
import io.winback.dynamo.DynamoSegmentConfigurationStore;
import io.winback.json.chain.BonusCaps;
import io.winback.json.chain.ChainConfigurationEdits;
import io.winback.access.SignInThrottle;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.config.StoredTiming;
import io.winback.dynamo.CustomerItems;
import io.winback.sleep.SleepRule;
import io.winback.sleep.SleepRuleInForce;
import io.winback.sleep.TimingStore;
import io.winback.dynamo.DynamoAverageCheckReader;
import io.winback.dynamo.DynamoCallTasks;
import io.winback.dynamo.DynamoCampaigns;
import io.winback.dynamo.DynamoChainConfigurationStore;
import io.winback.dynamo.DynamoSegmentConfigurationStore;
import io.winback.json.chain.BonusCaps;
import io.winback.json.chain.CampaignChanges;
import io.winback.dynamo.DynamoClients;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.DynamoBonusHistory;
import io.winback.dynamo.DynamoConsentLedger;
import io.winback.dynamo.DynamoEpisodes;
import io.winback.dynamo.DynamoSalesStore;
import io.winback.dynamo.DynamoStartedEpisodes;
import io.winback.domain.PhoneNumbers;
import io.winback.dynamo.DynamoSignInFailures;
import io.winback.dynamo.DynamoTouches;
import io.winback.dynamo.DynamoPurchaseCycles;
import io.winback.bonus.CustomerBonuses;
import io.winback.json.customer.BonusView;
import io.winback.json.customer.CustomerExport;
import io.winback.json.customer.CustomerView;
import io.winback.dynamo.DynamoSegments;
import io.winback.dynamo.DynamoErasure;
import io.winback.chain.Touches;
import io.winback.erasure.CustomerDataEraser;
import java.util.function.Function;
import io.winback.chain.WorkQueue;
import io.winback.profile.ConsentStatements;
import io.winback.segment.CustomersKeptInSegments;
import io.winback.report.ReportLanguage;
import io.winback.security.BearerTokens;
import io.winback.snapstart.Priming;
import io.winback.time.WallClock;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Lambda entry point of the console ({@code /console/...}): the pages for staff and the owner, beside the reports
 * function. Wiring only, once per execution environment.
 */
public final class ConsoleHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final Console console;

    public ConsoleHandler() {
        this(DynamoClients.fromEnvironment(), WinbackConfig.fromEnvironment(), WallClock.utc(), touches -> List.of(),
                null);
    }

    /** For tests: a segment saved on the console queues its fill nowhere. */
    public ConsoleHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock) {
        this(dynamo, config, clock, touches -> List.of(), items -> { });
    }

    /** @param moreErasers as below; a segment saved queues its fill on the work queue WORK_QUEUE_URL names */
    public ConsoleHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock,
                          Function<Touches, List<CustomerDataEraser>> moreErasers) {
        this(dynamo, config, clock, moreErasers, null);
    }

    /**
     * @param moreErasers erasers of stores only this deployment has (the local outbox), as the customer API's
     * @param queue       where a segment saved queues its fill, as the chains API's; null: WORK_QUEUE_URL's
     */
    public ConsoleHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock,
                          Function<Touches, List<CustomerDataEraser>> moreErasers, WorkQueue queue) {
        this(dynamo, config, clock, moreErasers, queue, StoredTiming.of(dynamo, config));
    }

    /** @param timing what the timing job put in force: the card's sleep day and timing follow it, as the API's */
    public ConsoleHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock,
                          Function<Touches, List<CustomerDataEraser>> moreErasers, WorkQueue queue,
                          TimingStore timing) {
        SleepRuleInForce sleep = StoredTiming.rule(timing, config, clock);
        var tokens = new BearerTokens(config.apiTokens());
        var seal = SessionSeal.keyedBy(config.apiTokens());
        String table = config.chains().chainsTable();
        var tasks = new DynamoCallTasks(dynamo, table, CapacityMeter.NONE, "console");
        var ledger = new DynamoConsentLedger(dynamo, table, CapacityMeter.NONE, "console");
        var touches = new DynamoTouches(dynamo, table, CapacityMeter.NONE, "console");
        var customers = new DynamoCustomerStore(dynamo, config.customersTable(),
                new CustomerItems(config.bands(), sleep), CapacityMeter.NONE, "console");
        var auth = new ConsoleAuth(tokens, seal, clock);
        var segmentDefinitions = new DynamoSegmentConfigurationStore(dynamo, table, clock);
        var signIn = new SignIn(tokens, seal, new DynamoSignInFailures(dynamo, table, CapacityMeter.NONE, "console"),
                SignInThrottle.DEFAULT, clock);
        var calls = new CallPages(new CallList(tasks, customers, touches, clock, config.shopZone(),
                config.defaultCurrency()), new CallOutcomes(tasks, clock), auth);
        var cardPages = new CustomerPages(
                new CustomerSearch(customers, customers, new PhoneNumbers(config.defaultCountryCode())),
                new CustomerCard(new DynamoSalesStore(dynamo, config.salesTable(), CapacityMeter.NONE, config.shopZone()),
                        new DynamoBonusHistory(dynamo, table, CapacityMeter.NONE, "console"),
                        ledger,
                        new DynamoEpisodes(dynamo, table, CapacityMeter.NONE, "console"), touches, tasks,
                        config.chains().customerRefs(), config.bands(), sleep, clock, config.shopZone(),
                        config.defaultCurrency()),
                customers,
                new CardConsent(new ConsentStatements(new CustomersKeptInSegments(customers, DynamoSegments.memberships(
                        dynamo, table, config.salesTable(), config.standing(), config.shopZone(), clock,
                        CapacityMeter.NONE, "console")), ledger), clock),
                new CardErasure(DynamoErasure.of(dynamo, new DynamoErasure.Tables(config.customersTable(),
                        config.chains().chainsTable(), config.salesTable(), config.saleLinesTable()),
                        new CustomerItems(config.bands(), sleep), config.shopZone(), config.erasedKeys(),
                        config.chains().customerRefs(), clock, moreErasers)),
                exportOf(dynamo, config, clock, customers, ledger, touches, tasks, sleep), auth, clock,
                config.shopZone());
        var sent = new SentPages(new SentLog(new DynamoStartedEpisodes(dynamo, table, CapacityMeter.NONE, "console"),
                customers, config.shopZone(), config.defaultCurrency()), auth, clock, config.shopZone(),
                config.defaultCurrency());
        var chainPages = new ChainPages(new ChainConfigurationEdits(
                new DynamoChainConfigurationStore(dynamo, table, clock),
                new BonusCaps(new DynamoAverageCheckReader(dynamo, table), config.chains().maxBonus()),
                segmentDefinitions),
                new ChainStates(new DynamoPurchaseCycles(dynamo, table, CapacityMeter.NONE, "console"),
                        CycleEvidencePolicy.DEFAULT), segmentDefinitions, auth, clock,
                new ChainPages.Pricing(config.chains().storeName(), config.messagePrices().sms(),
                        config.defaultCurrency(), config.shopZone()));
        this.console = new Console(auth, signIn, List.of(calls, cardPages, sent, chainPages,
                campaignPages(dynamo, config, clock, auth), ConsoleSegments.pages(dynamo, config, clock, queue, auth, sleep)));
        Priming.beforeSnapshot("console", this::prime);
    }

    /** The owner's campaigns, changed by the chains API's rules and its bonus cap ({@link CampaignChanges}). */
    private static CampaignPages campaignPages(DynamoDbClient dynamo, WinbackConfig config, Clock clock,
                                               ConsoleAuth auth) {
        String table = config.chains().chainsTable();
        var campaigns = new DynamoCampaigns(dynamo, table, CapacityMeter.NONE, "console");
        var segments = new DynamoSegmentConfigurationStore(dynamo, table, clock);
        var changes = new CampaignChanges(campaigns, new DynamoChainConfigurationStore(dynamo, table, clock),
                new BonusCaps(new DynamoAverageCheckReader(dynamo, table), config.chains().maxBonus()), segments);
        return new CampaignPages(auth, campaigns, changes, segments, clock, config.shopZone(),
                config.defaultCurrency(), config.chains().storeName());
    }

    private static CustomerExport exportOf(DynamoDbClient dynamo, WinbackConfig config, Clock clock,
                                           DynamoCustomerStore customers, DynamoConsentLedger ledger,
                                           DynamoTouches touches, DynamoCallTasks tasks, SleepRule sleep) {
        String table = config.chains().chainsTable();
        return new CustomerExport(customers, new DynamoSalesStore(dynamo, config.salesTable(), CapacityMeter.NONE,
                config.shopZone()), new CustomerBonuses(customers, new DynamoBonusHistory(dynamo, table,
                CapacityMeter.NONE, "console"), clock), ledger,
                new DynamoEpisodes(dynamo, table, CapacityMeter.NONE, "console"), touches, tasks,
                new DynamoPurchaseCycles(dynamo, table, CapacityMeter.NONE, "console"),
                new CustomerView(config.bands(), sleep, config.shopZone()), new BonusView(config.shopZone()),
                config.chains().customerRefs(), clock);
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return console.answer(ConsoleRequest.of(event)).toHttpResponse();
    }

    /**
     * What SnapStart runs before the snapshot: the sign-in page in both languages and the stylesheet (the template
     * classes, the session seal's HMAC, the reply); nothing is read or written.
     */
    private void prime() {
        for (ReportLanguage language : ReportLanguage.values()) {
            console.answer(new ConsoleRequest("GET", ConsoleRoutes.SIGN_IN, Map.of("lang", language.code()), Map.of(),
                    Map.of(), null, "snapstart-priming", true));
        }
        console.answer(new ConsoleRequest("GET", "/console/assets/console.css", Map.of(), Map.of(), Map.of(), null,
                "snapstart-priming", true));
    }

    /** The routes, for the local runner and the contract test. */
    public static List<String> routes() {
        return ConsoleRoutes.ALL;
    }
}
