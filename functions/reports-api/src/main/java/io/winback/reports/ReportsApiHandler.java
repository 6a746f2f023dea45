package io.winback.reports;

import io.winback.config.StoredTiming;
import io.winback.time.WallClock;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoChainConfigurationStore;
import io.winback.dynamo.DynamoClients;
import io.winback.dynamo.DynamoAverageCheckReader;
import io.winback.dynamo.DynamoKeptFigures;
import io.winback.dynamo.DynamoStartedEpisodes;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.DynamoCountedCalls;
import io.winback.dynamo.DynamoEpisodes;
import io.winback.dynamo.DynamoSaleLineIndex;
import io.winback.dynamo.DynamoMatchedReturns;
import io.winback.dynamo.DynamoSalesByDay;
import io.winback.dynamo.DynamoSleepDayIndex;
import io.winback.dynamo.DynamoSegmentsSummary;
import io.winback.dynamo.DynamoPurchaseCycles;
import io.winback.dynamo.DynamoCustomerPages;
import io.winback.dynamo.DynamoTimingStore;
import io.winback.cycles.CycleEvidencePolicy;
import io.winback.http.ApiRequest;
import io.winback.security.BearerTokens;
import io.winback.security.ConsoleSessions;
import io.winback.access.SessionSeal;
import io.winback.snapstart.Priming;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/**
 * Lambda entry point of the owner's and marketer's reports ({@code GET /v1/reports/...}) and the dashboard. Wiring
 * only, once per execution environment; each report is its own class.
 */
public final class ReportsApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final ReportsApi api;

    public ReportsApiHandler() {
        this(DynamoClients.fromEnvironment(), WinbackConfig.fromEnvironment(), WallClock.utc());
    }

    public ReportsApiHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock) {
        this(dynamo, config, clock, CapacityMeter.NONE);
    }

    public ReportsApiHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock, CapacityMeter meter) {
        var sales = new DynamoSalesByDay(dynamo, config.salesTable(), meter, "reports");
        // The sleep days the index holds were written under the timing in force; the report judges them by it too.
        var sleep = StoredTiming.rule(StoredTiming.of(dynamo, config), config, clock);
        var customers = new DynamoCustomerStore(dynamo, config.customersTable(),
                new CustomerItems(config.bands(), sleep), meter, "reports");
        Map<Routes.Endpoint, Report> reports = new EnumMap<>(Routes.Endpoint.class);
        reports.put(Routes.Endpoint.BUYERS, new BuyersReport(
                new DynamoSaleLineIndex(dynamo, config.saleLinesTable(), meter, "reports"), customers));
        reports.put(Routes.Endpoint.DISCOUNTS, new DiscountsReport(sales));
        reports.put(Routes.Endpoint.SLEEPING, new SleepingReport(
                new DynamoSleepDayIndex(dynamo, config.customersTable(), meter, "reports"), customers,
                new DynamoEpisodes(dynamo, config.chains().chainsTable(), meter, "reports"), config, sleep));
        var started = new DynamoStartedEpisodes(dynamo, config.chains().chainsTable(), meter, "reports");
        var economics = new CampaignEconomics(new DynamoChainConfigurationStore(dynamo, config.chains().chainsTable(),
                clock), new DynamoAverageCheckReader(dynamo, config.chains().chainsTable()), config.messagePrices());
        var calls = new DynamoCountedCalls(dynamo, config.chains().chainsTable(), meter, "reports");
        reports.put(Routes.Endpoint.REACTIVATION, new ReactivationReport(
                new DynamoKeptFigures(dynamo, config.chains().chainsTable(), meter, "reports"), calls, economics));
        var segments = new DynamoSegmentsSummary(dynamo, config.chains().chainsTable(), meter, "reports");
        reports.put(Routes.Endpoint.SEGMENTS, new SegmentsReport(segments));
        reports.put(Routes.Endpoint.CYCLES, new CyclesReport(
                new DynamoPurchaseCycles(dynamo, config.chains().chainsTable(), meter, "reports"),
                CycleEvidencePolicy.DEFAULT));
        var timing = new DynamoTimingStore(dynamo, config.chains().chainsTable(), meter, "reports");
        reports.put(Routes.Endpoint.TIMING, new ShopTimingReport(timing, new DynamoCustomerPages(dynamo,
                config.customersTable(), new CustomerItems(config.bands(), config.sleep()), meter, "reports"),
                config.bands(), config.sleep(), config.shopZone(), clock));
        reports.put(Routes.Endpoint.METRICS, new MetricsReport(sales,
                new DynamoMatchedReturns(dynamo, config.salesTable(), meter, "reports"), customers, segments, config));
        reports.put(Routes.Endpoint.DASHBOARD, new Dashboard(DashboardSources.of(
                new CampaignDashboard(started, calls, economics, config.shopZone()), new SegmentsDashboard(segments),
                timing),
                config.shopZone(), clock, config.defaultCurrency()));
        var tokens = new BearerTokens(config.apiTokens());
        this.api = new ReportsApi(tokens, reports, config.defaultCurrency(),
                new ConsoleSessions(tokens, SessionSeal.keyedBy(config.apiTokens()), clock));
        String token = tokens.anOwnersToken().orElse("");
        Priming.beforeSnapshot("reports-api", () -> prime(token));
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return api.handle(event);
    }

    /**
     * What SnapStart runs before the snapshot: a one-day metrics report of a store no shop has, through the token
     * check: two empty Queries of the byDay index (the day and the one before it), the segments summary's GetItem,
     * the JSON answer. Nothing is written.
     */
    private void prime(String token) {
        api.answer(new ApiRequest("GET", Routes.Endpoint.METRICS.routeKey(), Routes.Endpoint.METRICS.path(), null,
                Map.of("from", "2000-01-01", "to", "2000-01-01", "activeDays", "1", "store", "snapstart-priming"), null,
                "Bearer " + token));
    }
}
