package io.winback.chainsapi;

import io.winback.config.StoredTiming;
import io.winback.chain.ChainStates;

import io.winback.json.chain.CampaignChanges;
import io.winback.json.chain.BonusCaps;
import io.winback.time.WallClock;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.chain.Playbook;
import io.winback.json.chain.BonusLimits;
import io.winback.json.chain.BonusCaps;
import io.winback.json.chain.ChainConfigurationEdits;
import io.winback.json.chain.ChainConfigurationJson;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoChainConfigurationStore;
import io.winback.dynamo.DynamoClients;
import io.winback.dynamo.DynamoCallTasks;
import io.winback.dynamo.DynamoCampaigns;
import io.winback.dynamo.DynamoAverageCheckReader;
import io.winback.dynamo.DynamoPurchaseCycles;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoCustomerPages;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.DynamoFillProgress;
import io.winback.dynamo.DynamoSegmentConfigurationStore;
import io.winback.dynamo.DynamoSegmentMemberships;
import io.winback.dynamo.DynamoSegments;
import io.winback.chain.WorkQueue;
import io.winback.domain.PhoneNumbers;
import io.winback.segment.SegmentFill;
import io.winback.sqs.SqsClients;
import io.winback.sqs.SqsWorkQueue;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import io.winback.cycles.CycleEvidencePolicy;
import io.winback.http.ApiRequest;
import io.winback.security.BearerTokens;
import io.winback.snapstart.Priming;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.util.Map;

/**
 * Lambda entry point of {@code GET} and {@code PUT /v1/chains}, where marketers change the reactivation chains without
 * a redeploy, and of {@code GET /v1/tasks} and {@code PATCH /v1/tasks/{taskId}}, where staff see the calls the chains
 * ask of their store and record how each went. Wiring only, once per execution environment; the work is in
 * {@link ChainsApi}.
 */
public final class ChainsApiHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final ChainsApi api;

    public ChainsApiHandler() {
        this(DynamoClients.fromEnvironment(), WinbackConfig.fromEnvironment(), WallClock.utc(), null);
    }

    /** For tests of chains and tasks: a segment edit's fill goes nowhere. */
    public ChainsApiHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock) {
        this(dynamo, config, clock, items -> { });
    }

    /** @param queue where a segment edit queues its fill; null: the work queue WORK_QUEUE_URL names */
    public ChainsApiHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock, WorkQueue queue) {
        String table = config.chains().chainsTable();
        var store = new DynamoChainConfigurationStore(dynamo, table, clock);
        var tasks = new DynamoCallTasks(dynamo, table, CapacityMeter.NONE, "chains-api");
        var caps = new BonusCaps(new DynamoAverageCheckReader(dynamo, table), config.chains().maxBonus());
        var states = new ChainStates(new DynamoPurchaseCycles(dynamo, table, CapacityMeter.NONE, "chains-api"),
                CycleEvidencePolicy.DEFAULT);
        var document = new ChainsDocument(caps, states, config.chains().storeName());
        // Every card written here keeps the sleep day of the timing in force, as the stream writes it.
        var sleep = StoredTiming.rule(StoredTiming.of(dynamo, config), config, clock);
        var customers = new DynamoCustomerStore(dynamo, config.customersTable(),
                new CustomerItems(config.bands(), sleep), CapacityMeter.NONE, "chains-api");
        var segmentStore = new DynamoSegmentConfigurationStore(dynamo, table, clock);
        var memberships = new DynamoSegmentMemberships(dynamo, table, CapacityMeter.NONE, "chains-api");
        var upkeep = DynamoSegments.memberships(dynamo, config.chains().chainsTable(),
                config.salesTable(), config.standing(), config.shopZone(), clock, CapacityMeter.NONE, "chains-api");
        var fills = new DynamoFillProgress(dynamo, table, CapacityMeter.NONE, "chains-api");
        var fill = new SegmentFill(upkeep, new DynamoCustomerPages(dynamo, config.customersTable(),
                new CustomerItems(config.bands(), sleep), CapacityMeter.NONE, "chains-api"), customers, fills);
        var segmentsDocument = new SegmentsDocument(memberships, fills, clock);
        WorkQueue work = queue != null ? queue
                : new SqsWorkQueue(SqsClients.fromEnvironment(), config.chains().workQueueUrl());
        var campaigns = new DynamoCampaigns(dynamo, table, CapacityMeter.NONE, "chains-api");
        var campaignEdits = new CampaignEdits(campaigns, new CampaignChanges(campaigns, store, caps, segmentStore));
        var chainsEdits = new ChainsEdits(new ChainConfigurationEdits(store, caps, segmentStore), document);
        // A segment goes only when no campaign to come and no chain in force names it.
        Function<String, List<String>> segmentUsers = segment -> Stream.concat(
                campaignEdits.naming(segment).stream(), chainsEdits.naming(segment).stream()).toList();
        var tokens = new BearerTokens(config.apiTokens());
        this.api = new ChainsApi(tokens, new ChainsReads(store, document),
                chainsEdits, new TaskReads(tasks, clock),
                new TaskEdits(tasks, clock),
                new SegmentReads(segmentStore, memberships, customers, config.bands(), segmentsDocument, clock,
                        config.shopZone(), config.defaultCurrency()),
                new SegmentEdits(segmentStore, fill, work, segmentsDocument, segmentUsers, clock),
                new StaticMembers(segmentStore, memberships, memberships, upkeep, customers,
                        new PhoneNumbers(config.defaultCountryCode()), clock, config.shopZone()),
                new CampaignReads(campaigns), campaignEdits);
        String token = tokens.anOwnersToken().orElse("");
        Priming.beforeSnapshot("chains-api", () -> prime(token));
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return api.handle(event);
    }

    /**
     * What SnapStart runs before the snapshot: a GET through the token check, the DynamoDB read of the current
     * version and the JSON answer, and the document reader on the playbook; a task list Query of a store no shop
     * has, and the outcome reader. Nothing is written.
     */
    private void prime(String token) {
        String bearer = "Bearer " + token;
        api.answer(new ApiRequest("GET", Routes.Endpoint.READ_CHAINS.routeKey(), Routes.CHAINS, null, null, null,
                bearer));
        ChainConfigurationJson.read(ChainConfigurationJson.toJson(Playbook.configuration()),
                BonusLimits.NONE);
        api.answer(new ApiRequest("GET", Routes.Endpoint.LIST_TASKS.routeKey(), Routes.TASKS, null,
                Map.of("status", "open", "store", "snapstart-priming", "limit", "1"), null, bearer));
        TaskOutcomeParser.parse("{\"outcome\": \"reached\", \"comment\": \"priming\"}");
    }
}
