package io.winback.local;

import io.winback.time.WallClock;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.winback.api.CustomerApiHandler;
import io.winback.chainsapi.ChainsApiHandler;
import io.winback.console.ConsoleHandler;
import io.winback.reports.ReportsApiHandler;
import io.winback.check.SleepingCheckHandler;
import io.winback.segments.SegmentsJobHandler;
import io.winback.config.StoredTiming;
import io.winback.dynamo.DynamoSleepDayRefresh;
import io.winback.sleep.CachedTimingStore;
import io.winback.timingjob.TimingJobHandler;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.ChainsTable;
import io.winback.dynamo.DynamoChainConfigurationStore;
import io.winback.dynamo.TableDefinitions;
import io.winback.erasure.OutboxEraser;
import io.winback.ingest.IngestSalesHandler;
import io.winback.keptfigures.KeptFiguresHandler;
import io.winback.aws.MessagingClients;
import io.winback.messages.Outbox;
import io.winback.ses.SesEmailGateway;
import io.winback.sns.SnsSmsGateway;
import io.winback.sqs.SqsClients;
import io.winback.stats.CustomerStatsHandler;
import io.winback.time.ManualClock;
import io.winback.worker.ChainWorkerHandler;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;
import software.amazon.awssdk.services.sesv2.SesV2Client;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;

/**
 * All of Winback in one process: the functions wired to the given DynamoDB (DynamoDB Local, moto_server,
 * LocalStack), an HTTP server with the HTTP API's routes, two stream pollers in place of the event source mappings
 * (the Sales stream into the statistics, the Chains stream into the campaign report's kept figures), and
 * for the chains a scheduler tick whose time you set, a work queue and an outbox in place of SNS and SES (or the
 * emulator's SQS, SNS and SES with an AWS endpoint).
 */
public final class LocalSystem implements AutoCloseable {
    private final HttpApiServer http;
    private final StreamPoller poller;
    private final StreamPoller chainsPoller;
    private final FunctionTimings timings = new FunctionTimings();
    private final Outbox outbox;
    private final WorkDelivery work;
    private final LocalChains chains;
    private final String urlHost;

    /**
     * @param port             0 for any free port
     * @param wrapStatsHandler lets tests put a faulty or counting handler in front of the real one
     */
    public LocalSystem(DynamoDbClient dynamo, DynamoDbStreamsClient streams, WinbackConfig config, Clock clock,
                       CapacityMeter meter, int port,
                       UnaryOperator<RequestHandler<DynamodbEvent, StreamsEventResponse>> wrapStatsHandler)
            throws IOException {
        this(dynamo, streams, config, clock, meter, port, wrapStatsHandler, null);
    }

    public LocalSystem(DynamoDbClient dynamo, DynamoDbStreamsClient streams, WinbackConfig config, Clock clock,
                       CapacityMeter meter, int port,
                       UnaryOperator<RequestHandler<DynamodbEvent, StreamsEventResponse>> wrapStatsHandler,
                       URI awsEndpoint) throws IOException {
        this(dynamo, streams, config, clock, meter, new Listen(Listen.LOOPBACK, port), wrapStatsHandler, awsEndpoint,
                null);
    }

    /**
     * A system whose Chains table has no stream and whose campaign figures are not counted: for the bench's phases
     * that write no episode. Ingest writes the Chains table (purchase cycles, 2.6 write units a sale), and here the
     * Chains stream's stand-in reads every one of those records back to drop them by its filter, on the same two cores
     * as the functions measured: the batch-100 phase's share of its ceiling 0.62 with the stream against 0.88 without
     * (2026-12-07, one run each). On AWS the event source mapping's filter drops them in the service, at no cost to
     * the shop. (That DynamoDB Local also slowed every streamed write with all the stream records it held is mended
     * in {@code io.winback.emulator.DynamoDbLocal}.)
     */
    public static LocalSystem withoutKeptFigures(DynamoDbClient dynamo, DynamoDbStreamsClient streams,
                                                 WinbackConfig config, Clock clock, CapacityMeter meter)
            throws IOException {
        TableDefinitions.createIfMissing(dynamo, ChainsTable.definitionWithoutStream(config.chains().chainsTable()));
        return new LocalSystem(dynamo, streams, config, clock, meter, new Listen(Listen.LOOPBACK, 0),
                UnaryOperator.identity(), null, null, false);
    }

    /** Where the HTTP stand-in listens: 127.0.0.1 for this machine only, 0.0.0.0 for every interface. */
    public record Listen(String host, int port) {
        public static final String LOOPBACK = "127.0.0.1";
    }

    /**
     * @param listen      host and port of the HTTP stand-in; port 0 for any free port
     * @param awsEndpoint null: the work queue and the message providers are stand-ins in this process; otherwise
     *                    an emulator (moto_server) whose SQS, SNS and SES v2 the same functions use
     * @param streamCheckpoints null: the streams are read from their start on every start; otherwise the file keeping
     *                    where each shard of the Sales stream was read to, so a restart on kept data resumes there
     *                    (the Chains stream's positions are kept beside it, {@link ShardCheckpoints#CHAINS_FILE_NAME})
     */
    public LocalSystem(DynamoDbClient dynamo, DynamoDbStreamsClient streams, WinbackConfig config, Clock clock,
                       CapacityMeter meter, Listen listen,
                       UnaryOperator<RequestHandler<DynamodbEvent, StreamsEventResponse>> wrapStatsHandler,
                       URI awsEndpoint, java.nio.file.Path streamCheckpoints) throws IOException {
        this(dynamo, streams, config, clock, meter, listen, wrapStatsHandler, awsEndpoint, streamCheckpoints, true);
    }

    private LocalSystem(DynamoDbClient dynamo, DynamoDbStreamsClient streams, WinbackConfig config, Clock clock,
                        CapacityMeter meter, Listen listen,
                        UnaryOperator<RequestHandler<DynamodbEvent, StreamsEventResponse>> wrapStatsHandler,
                        URI awsEndpoint, java.nio.file.Path streamCheckpoints, boolean keptFigures)
            throws IOException {
        this.urlHost = listen.host().equals("0.0.0.0") || listen.host().equals("::") ? Listen.LOOPBACK : listen.host();
        TableDefinitions.createAll(dynamo, config.salesTable(), config.customersTable(),
                config.chains().chainsTable(), config.saleLinesTable());
        String streamArn = dynamo.describeTable(b -> b.tableName(config.salesTable())).table().latestStreamArn();
        var ingest = timings.timed("ingest-sales", new IngestSalesHandler(dynamo, config, clock, meter));
        var reportsApi = timings.timed("reports-api", new ReportsApiHandler(dynamo, config, clock, meter));
        var segments = new LocalScheduledJob(new SegmentsJobHandler(dynamo, config, clock, meter),
                () -> drain(Duration.ofMinutes(5)));
        // One cache of what the timing job put in force for every function of this process: the job stores through
        // it, so the stream, the worker, the API and the console time cards by the new model at once (on AWS each
        // container reads it again within CachedTimingStore.FRESH_FOR).
        var inForce = new CachedTimingStore(StoredTiming.of(dynamo, config), clock);
        var timing = new LocalScheduledJob(new TimingJobHandler(dynamo, config, clock, meter,
                new DynamoSleepDayRefresh(dynamo, config.customersTable(), config.bands(), config.sleep(), meter),
                inForce), () -> drain(Duration.ofMinutes(5)));
        String emailFrom = config.chains().emailFrom();
        if (awsEndpoint == null) {
            this.outbox = new Outbox(clock, emailFrom);
            this.work = new WorkQueueStandIn();
        } else {
            SesV2Client ses = MessagingClients.sesForEndpoint(awsEndpoint);
            if (emailFrom != null) {
                // moto (like SES in its sandbox) sends only from a verified identity.
                ses.createEmailIdentity(b -> b.emailIdentity(emailFrom));
            }
            this.outbox = Outbox.forwardingTo(clock, emailFrom,
                    new SnsSmsGateway(MessagingClients.snsForEndpoint(awsEndpoint), config.chains().smsSenderId()),
                    emailFrom == null ? null : new SesEmailGateway(ses, emailFrom, clock));
            this.work = new SqsWorkDelivery(SqsClients.forEndpoint(awsEndpoint), "winback-work");
        }
        var chainsApi = timings.timed("chains-api", new ChainsApiHandler(dynamo, config, clock, work.queue()));
        // The outbox is what this process "sent": an erased customer's copies there go with the rest of them.
        Outbox sent = outbox;
        var api = timings.timed("customer-api", new CustomerApiHandler(dynamo, config, clock,
                touches -> List.of(new OutboxEraser(sent, touches, config.chains().customerRefs())), inForce));
        var console = timings.timed("console", new ConsoleHandler(dynamo, config, clock,
                touches -> List.of(new OutboxEraser(sent, touches, config.chains().customerRefs())),
                // A segment saved on the console queues its fill where the chains API's edits queue theirs.
                work.queue(), inForce));
        ManualClock tickClock = new ManualClock(WallClock.utc().instant());
        var worker = timings.timed("chain-worker", new ChainWorkerHandler(dynamo, config, tickClock,
                new DynamoChainConfigurationStore(dynamo, config.chains().chainsTable(), clock), outbox,
                emailFrom == null ? null : outbox, ChainWorkerHandler.unsubscribeLinks(config.chains(), tickClock), meter,
                null, inForce));
        this.chains = new LocalChains(new SleepingCheckHandler(dynamo, config, work.queue()), worker, work, outbox,
                () -> drain(Duration.ofMinutes(5)), tickClock);
        this.poller = new StreamPoller(streams, streamArn, "eu-central-1",
                timings.timed("customer-stats", wrapStatsHandler.apply(new CustomerStatsHandler(dynamo, config, clock, meter,
                        new DynamoChainConfigurationStore(dynamo, config.chains().chainsTable(), clock), inForce))),
                // The event source mapping's filter in template.yaml: only new sales.
                record -> "INSERT".equals(record.getEventName()), 100, 10, streamCheckpoints);
        var kept = timings.timed("kept-figures", new KeptFiguresHandler(dynamo, config, clock, meter));
        this.chainsPoller = !keptFigures ? null : new StreamPoller(streams, chainsStreamOf(dynamo, config.chains().chainsTable()),
                "eu-central-1", (event, context) -> {
                    kept.handleRequest(event, context);
                    // The function answers nothing: a batch that fails throws and comes back whole.
                    return null;
                },
                // The mapping's filter in template.yaml: episode items only.
                record -> record.getDynamodb().getKeys().get("sk").getS().startsWith("episode#"),
                // As template.yaml maps it: no halves, retried until it passes.
                new StreamPoller.Mapping(100, -1, false),
                streamCheckpoints == null ? null : streamCheckpoints.resolveSibling(ShardCheckpoints.CHAINS_FILE_NAME));
        try {
            this.http = startHttp(listen, ingest, api, chainsApi, reportsApi, console, chains, segments, timing);
        } catch (IOException | RuntimeException e) {
            // A port already taken: nothing of this system may keep running.
            poller.close();
            closeChainsPoller();
            throw e;
        }
    }

    /**
     * The Chains table's stream, turned on where the table was made before it had one (data kept with
     * {@code --data-dir}), as the template's update turns it on in AWS. Episodes written before were counted by their
     * writers, which the reader knows (they are marked kept, not tallied).
     */
    private static String chainsStreamOf(DynamoDbClient dynamo, String table) {
        var stream = dynamo.describeTable(b -> b.tableName(table)).table().streamSpecification();
        if (stream == null || !Boolean.TRUE.equals(stream.streamEnabled())) {
            dynamo.updateTable(b -> b.tableName(table).streamSpecification(ChainsTable.definition(table)
                    .streamSpecification()));
        }
        return dynamo.describeTable(b -> b.tableName(table)).table().latestStreamArn();
    }

    private HttpApiServer startHttp(Listen listen, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> ingest,
                                    RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> api,
                                    RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> chainsApi,
                                    RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> reportsApi,
                                    RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> console,
                                    LocalChains chains, LocalScheduledJob segments, LocalScheduledJob timing)
            throws IOException {
        return new HttpApiServer(listen.host(), listen.port(), List.of(
                HttpApiServer.Route.of("POST", "/v1/sales", ingest),
                // Before {customerId}: the first match wins here, as API Gateway prefers a static route.
                HttpApiServer.Route.of("GET", "/v1/customers/lookup", api),
                HttpApiServer.Route.of("GET", "/v1/customers/{customerId}", api),
                HttpApiServer.Route.of("GET", "/v1/customers/{customerId}/sales", api),
                HttpApiServer.Route.of("PATCH", "/v1/customers/{customerId}", api),
                HttpApiServer.Route.of("DELETE", "/v1/customers/{customerId}", api),
                HttpApiServer.Route.of("GET", "/v1/customers/{customerId}/export", api),
                HttpApiServer.Route.of("GET", "/v1/customers/{customerId}/bonuses", api),
                HttpApiServer.Route.of("GET", "/v1/customers/{customerId}/consent", api),
                HttpApiServer.Route.of("POST", "/v1/customers/{customerId}/consent", api),
                HttpApiServer.Route.of("GET", "/v1/unsubscribe", api),
                HttpApiServer.Route.of("POST", "/v1/unsubscribe", api),
                HttpApiServer.Route.of("GET", "/v1/chains", chainsApi),
                HttpApiServer.Route.of("PUT", "/v1/chains", chainsApi),
                HttpApiServer.Route.of("GET", "/v1/tasks", chainsApi),
                HttpApiServer.Route.of("GET", "/v1/tasks/{taskId}", chainsApi),
                HttpApiServer.Route.of("PATCH", "/v1/tasks/{taskId}", chainsApi),
                HttpApiServer.Route.of("GET", "/v1/segments", chainsApi),
                HttpApiServer.Route.of("POST", "/v1/segments", chainsApi),
                HttpApiServer.Route.of("GET", "/v1/segments/{segmentId}", chainsApi),
                HttpApiServer.Route.of("PUT", "/v1/segments/{segmentId}", chainsApi),
                HttpApiServer.Route.of("DELETE", "/v1/segments/{segmentId}", chainsApi),
                HttpApiServer.Route.of("GET", "/v1/segments/{segmentId}/members", chainsApi),
                HttpApiServer.Route.of("PUT", "/v1/segments/{segmentId}/members", chainsApi),
                HttpApiServer.Route.of("POST", "/v1/segments/{segmentId}/members", chainsApi),
                HttpApiServer.Route.of("GET", "/v1/segments/{segmentId}/history", chainsApi),
                HttpApiServer.Route.of("GET", "/v1/campaigns", chainsApi),
                HttpApiServer.Route.of("POST", "/v1/campaigns", chainsApi),
                HttpApiServer.Route.of("GET", "/v1/campaigns/{campaignId}", chainsApi),
                HttpApiServer.Route.of("DELETE", "/v1/campaigns/{campaignId}", chainsApi),
                HttpApiServer.Route.of("POST", "/v1/campaigns/{campaignId}/pause", chainsApi),
                HttpApiServer.Route.of("POST", "/v1/campaigns/{campaignId}/resume", chainsApi),
                HttpApiServer.Route.of("GET", "/v1/reports/metrics", reportsApi),
                HttpApiServer.Route.of("GET", "/v1/reports/buyers", reportsApi),
                HttpApiServer.Route.of("GET", "/v1/reports/discounts", reportsApi),
                HttpApiServer.Route.of("GET", "/v1/reports/sleeping", reportsApi),
                HttpApiServer.Route.of("GET", "/v1/reports/reactivation", reportsApi),
                HttpApiServer.Route.of("GET", "/v1/reports/segments", reportsApi),
                HttpApiServer.Route.of("GET", "/v1/reports/cycles", reportsApi),
                HttpApiServer.Route.of("GET", "/v1/reports/timing", reportsApi),
                HttpApiServer.Route.of("GET", "/dashboard", reportsApi),
                HttpApiServer.Route.of("GET", "/console", console),
                HttpApiServer.Route.of("GET", "/console/sign-in", console),
                HttpApiServer.Route.of("POST", "/console/sign-in", console),
                HttpApiServer.Route.of("POST", "/console/sign-out", console),
                HttpApiServer.Route.of("GET", "/console/tasks", console),
                HttpApiServer.Route.of("POST", "/console/tasks/{taskId}/outcome", console),
                HttpApiServer.Route.of("GET", "/console/assets/{file}", console),
                HttpApiServer.Route.of("GET", "/console/customers", console),
                HttpApiServer.Route.of("GET", "/console/customers/{customerId}", console),
                HttpApiServer.Route.of("GET", "/console/sent", console),
                HttpApiServer.Route.of("GET", "/console/chains", console),
                HttpApiServer.Route.of("GET", "/console/chains/{chainId}/steps/{step}", console),
                HttpApiServer.Route.of("POST", "/console/chains/{chainId}/steps/{step}", console),
                HttpApiServer.Route.of("GET", "/console/segments", console),
                HttpApiServer.Route.of("POST", "/console/segments", console),
                HttpApiServer.Route.of("POST", "/console/segments/count", console),
                HttpApiServer.Route.of("GET", "/console/segments/{segmentId}", console),
                HttpApiServer.Route.of("POST", "/console/customers/{customerId}/consent", console),
                HttpApiServer.Route.of("POST", "/console/customers/{customerId}/erase", console),
                HttpApiServer.Route.of("GET", "/console/customers/{customerId}/export", console),
                HttpApiServer.Route.of("GET", "/console/campaigns", console),
                HttpApiServer.Route.of("POST", "/console/campaigns", console),
                HttpApiServer.Route.of("GET", "/console/campaigns/{campaignId}", console),
                HttpApiServer.Route.of("POST", "/console/campaigns/{campaignId}/pause", console),
                HttpApiServer.Route.of("POST", "/console/campaigns/{campaignId}/resume", console),
                HttpApiServer.Route.of("POST", "/console/campaigns/{campaignId}/cancel", console)),
                Map.of("GET /health", body -> Map.of("status", "ok"),
                        "POST /local/drain", body -> drainAnswer(),
                        "POST /local/schedule/sleeping-check", chains::tick,
                        "POST /local/schedule/segments-job", segments::run,
                        "POST /local/schedule/timing-job", timing::run,
                        "GET /local/outbox", body -> chains.outbox()));
    }

    public LocalSystem(DynamoDbClient dynamo, DynamoDbStreamsClient streams, WinbackConfig config, Clock clock,
                       CapacityMeter meter, int port) throws IOException {
        this(dynamo, streams, config, clock, meter, port, UnaryOperator.identity());
    }

    public URI baseUrl() {
        return URI.create("http://" + urlHost + ":" + http.port());
    }

    /**
     * Blocks until every stream record written so far has been processed: the Sales stream's, then the Chains
     * stream's (a purchase ends episodes, and each episode written is counted into the campaign report's kept
     * figures). Returns the records the stats function was handed while this call waited.
     */
    public long drain(Duration timeout) throws TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long sales = poller.drain(timeout);
        if (chainsPoller != null) {
            chainsPoller.drain(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
        }
        return sales;
    }

    /** What {@code POST /local/drain} answers: what this call waited for and how long, never a running total. */
    private Map<String, Object> drainAnswer() throws TimeoutException {
        long started = System.nanoTime();
        long processed = poller.drain(Duration.ofMinutes(5));
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put("waitedFor", "the customer statistics of every sale stored before this call, the work queued"
                + " (a segment's fill), and the campaign report's figures of every episode written by then");
        answer.put("streamRecordsProcessed", processed);
        WorkDelivery.Report queued = chains.deliverQueued();
        answer.put("workItemsDelivered", queued.delivered());
        // After the work: a campaign's page starts episodes, which the figures count.
        answer.put("episodeChangesCounted", chainsPoller == null ? 0 : chainsPoller.drain(Duration.ofMinutes(5)));
        answer.put("waitedMs", (System.nanoTime() - started) / 1_000_000);
        return answer;
    }

    /** Invocations and time inside each function so far, by function name as in functions/. */
    public Map<String, FunctionTimings.Totals> functionTimings() {
        return timings.snapshot();
    }

    /** Every SMS and email "sent" so far. */
    public Outbox outbox() {
        return outbox;
    }

    public List<DynamodbEvent.DynamodbStreamRecord> failedStreamRecords() {
        return poller.failedRecords();
    }

    @Override
    public void close() {
        http.close();
        poller.close();
        closeChainsPoller();
    }

    private void closeChainsPoller() {
        if (chainsPoller != null) {
            chainsPoller.close();
        }
    }
}
