package io.winback.worker;

import io.winback.messages.MessageText;

import io.winback.time.WallClock;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.winback.chain.ChainConfigurationStore;
import io.winback.chain.RefillSchedule;
import io.winback.cycles.CustomerCyclePolicy;
import io.winback.cycles.CycleEvidencePolicy;
import io.winback.dynamo.DynamoPurchaseCycles;
import io.winback.dynamo.DynamoRefillIndex;
import io.winback.chain.Channel;
import io.winback.chain.OpenEpisodeMarks;
import io.winback.chain.StepPlanner;
import io.winback.chain.WorkItem;
import io.winback.config.ChainSettings;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.config.StoredTiming;
import io.winback.dynamo.CustomerItems;
import io.winback.sleep.SleepRuleInForce;
import io.winback.sleep.TimingStore;
import io.winback.dynamo.DynamoChainConfigurationStore;
import io.winback.dynamo.DynamoClients;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.DynamoCallTasks;
import io.winback.dynamo.DynamoCampaigns;
import io.winback.dynamo.DynamoSegmentMemberships;
import io.winback.dynamo.DynamoConsentLedger;
import io.winback.dynamo.DynamoEpisodes;
import io.winback.dynamo.DynamoSalesStore;
import io.winback.dynamo.DynamoSegments;
import io.winback.dynamo.DynamoCustomerPages;
import io.winback.dynamo.DynamoFillProgress;
import io.winback.sqs.SqsClients;
import io.winback.sqs.SqsWorkQueue;
import io.winback.chain.WorkQueue;
import io.winback.segment.MembershipsAtDecision;
import io.winback.segment.SegmentFill;
import io.winback.segment.CustomersKeptInSegments;
import io.winback.dynamo.DynamoTouches;
import io.winback.dynamo.DynamoAverageCheckReader;
import io.winback.messages.EmailGateway;
import io.winback.aws.MessagingClients;
import io.winback.ses.SesEmailGateway;
import io.winback.messages.SmsGateway;
import io.winback.sns.SnsSmsGateway;
import io.winback.messages.UnsubscribeTokens;
import io.winback.snapstart.Priming;
import io.winback.sqs.SqsEvents;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;

/** Lambda entry point of the chain worker, fed by the work queue with ReportBatchItemFailures. */
public final class ChainWorkerHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {
    private final WorkItemBatch batch;

    public ChainWorkerHandler() {
        this(DynamoClients.fromEnvironment(), WinbackConfig.fromEnvironment(), WallClock.utc());
    }

    private ChainWorkerHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock) {
        this(dynamo, config, clock, new DynamoChainConfigurationStore(dynamo, config.chains().chainsTable(), clock),
                SnsSmsGateway.fromEnvironment(config.chains().smsSenderId(), config.chains().smsPriceUsd(),
                        "chain-worker", clock),
                config.chains().emailFrom() == null ? null
                        : new SesEmailGateway(MessagingClients.sesFromEnvironment(), config.chains().emailFrom(), clock),
                unsubscribeLinks(config.chains(), clock), CapacityMeter.NONE,
                new SqsWorkQueue(SqsClients.fromEnvironment(), config.chains().workQueueUrl()));
    }

    /** Links signed with the first of UNSUBSCRIBE_SECRETS, under PUBLIC_BASE_URL. */
    public static BiFunction<String, Channel, String> unsubscribeLinks(ChainSettings settings, Clock clock) {
        UnsubscribeTokens tokens = new UnsubscribeTokens(settings.unsubscribeSecrets(), clock);
        String base = settings.publicBaseUrl().toString();
        return (customerKey, channel) -> UnsubscribeTokens.link(base, tokens.issue(customerKey, channel));
    }

    /**
     * @param email           null: no email channel (no sender identity)
     * @param unsubscribeLink the link a customer follows to stop a channel
     */
    public ChainWorkerHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock,
                              ChainConfigurationStore configurations, SmsGateway sms, EmailGateway email,
                              BiFunction<String, Channel, String> unsubscribeLink, CapacityMeter meter) {
        this(dynamo, config, clock, configurations, sms, email, unsubscribeLink, meter, null);
    }

    /** @param queue where a segment fill's next page is queued; null: filled on in the same invocation */
    public ChainWorkerHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock,
                              ChainConfigurationStore configurations, SmsGateway sms, EmailGateway email,
                              BiFunction<String, Channel, String> unsubscribeLink, CapacityMeter meter,
                              WorkQueue queue) {
        this(dynamo, config, clock, configurations, sms, email, unsubscribeLink, meter, queue,
                StoredTiming.of(dynamo, config));
    }

    /**
     * @param timing what the timing job put in force: the sleep day a sleeper is decided on, and every card the worker
     *               writes, follow it (read through a cache, as the stream reads it)
     */
    public ChainWorkerHandler(DynamoDbClient dynamo, WinbackConfig config, Clock clock,
                              ChainConfigurationStore configurations, SmsGateway sms, EmailGateway email,
                              BiFunction<String, Channel, String> unsubscribeLink, CapacityMeter meter,
                              WorkQueue queue, TimingStore timing) {
        ChainSettings settings = config.chains();
        SleepRuleInForce sleep = StoredTiming.rule(timing, config, clock);
        var customers = new DynamoCustomerStore(dynamo, config.customersTable(),
                new CustomerItems(config.bands(), sleep), meter, "worker.customer");
        var episodes = new DynamoEpisodes(dynamo, settings.chainsTable(), meter, "worker.episode");
        var touches = new DynamoTouches(dynamo, settings.chainsTable(), meter, "worker.touch");
        var tasks = new DynamoCallTasks(dynamo, settings.chainsTable(), meter, "worker.task");
        var consent = new DynamoConsentLedger(dynamo, settings.chainsTable(), meter, "worker.consent");
        var purchases = new PurchaseLookup(new DynamoSalesStore(dynamo, config.salesTable(), meter, config.shopZone()));
        var memberships = DynamoSegments.memberships(dynamo, config.chains().chainsTable(),
                config.salesTable(), config.standing(), config.shopZone(), clock, meter, "worker.segments");
        // A bonus granted moves the customer in or out of segments by balance at once.
        var updates = new CustomerUpdates(new CustomersKeptInSegments(customers, memberships), clock);
        var messengers = new Messengers(sms, email, unsubscribeLink, settings.customerRefs());
        var bonusCap = new BonusCapNow(configurations, new DynamoAverageCheckReader(dynamo, settings.chainsTable()),
                settings.maxBonus());
        var marks = new OpenEpisodeMarks(customers, clock);
        var campaigns = new DynamoCampaigns(dynamo, settings.chainsTable(), meter, "worker.campaign");
        var chains = new EpisodeChains(configurations, campaigns);
        var planner = new StepPlanner(settings.stepRules(), config.shopZone());
        var paused = new PausedChannels();
        var claimed = new ClaimedTouches(touches, consent, updates, new MessageText(settings.storeName(), config.shopZone()),
                new TouchSender(touches, messengers, new SendPacer(settings.sendsPerSecond()), clock,
                        config.messagePrices()), messengers, planner, paused, clock);
        // The customers' purchase days per group, as the sales stream keeps them: what a cross-sell offer goes by.
        var groupPurchases = new DynamoPurchaseCycles(dynamo, settings.chainsTable(), meter, "worker.groups");
        var steps = new EpisodeSteps(episodes, touches,
                new StepFactsReader(touches, chains, updates, purchases, groupPurchases, messengers, paused,
                        clock), planner,
                claimed, new EpisodeCallTasks(tasks, touches, purchases, messengers.refs(), config.bands(), chains, clock),
                new StepBonusGrant(bonusCap, updates), marks, chains, clock);
        var inProgress = new EpisodesInProgress(episodes, steps);
        var starts = new EpisodeStarts(episodes, settings.holdout(), bonusCap, marks);
        // Which chain serves a customer may depend on the segments they are in as of the decision's run.
        var inSegments = new MembershipsAtDecision(memberships);
        var sleepers = new SleeperDecisions(episodes, configurations, updates, steps, inProgress, config.bands(),
                sleep, settings.catchUp(), starts, inSegments, config.shopZone());
        var birthdays = new BirthdayDecisions(episodes, configurations, updates, steps, inProgress, starts,
                config.bands(), inSegments, config.shopZone());
        var refills = new RefillDecisions(episodes, new RefillSchedule(configurations, groupPurchases,
                CycleEvidencePolicy.DEFAULT, CustomerCyclePolicy.DEFAULT),
                new DynamoRefillIndex(dynamo, settings.chainsTable(), meter, "worker.refill"), groupPurchases, updates,
                steps, inProgress, starts, config.bands(), inSegments, config.shopZone());
        var crossSells = new CrossSellDecisions(episodes, configurations, updates, groupPurchases, steps, inProgress,
                starts, config.bands(), inSegments, config.shopZone());
        var fills = new SegmentFill(memberships, new DynamoCustomerPages(dynamo, config.customersTable(),
                new CustomerItems(config.bands(), sleep), meter, "worker"), customers,
                new DynamoFillProgress(dynamo, settings.chainsTable(), meter, "worker"));
        this.batch = new WorkItemBatch(new ChainWorker(sleepers, birthdays, refills, crossSells, steps,
                configurations, new SegmentReevaluations(memberships, customers), fills,
                new CampaignStarts(campaigns, new DynamoSegmentMemberships(dynamo, settings.chainsTable(), meter,
                        "worker"), configurations, updates, inProgress, starts, steps, config.bands(), config.shopZone()),
                queue));
        Priming.beforeSnapshot("chain-worker", this::prime);
    }

    /**
     * What SnapStart runs before the snapshot: one batch with every kind of work item for a customer who never
     * exists, through the JSON, the handler and the first DynamoDB reads. Nothing is found, so nothing is written.
     */
    private void prime() {
        batch.process(SqsEvents.ofWorkItems(List.of(
                new WorkItem.DecideSleeper(Priming.NEVER_A_KEY, LocalDate.EPOCH, Instant.EPOCH),
                new WorkItem.DecideBirthday(Priming.NEVER_A_KEY, LocalDate.EPOCH, Instant.EPOCH),
                new WorkItem.DecideRefill(Priming.NEVER_A_KEY, Priming.NEVER_A_KEY, LocalDate.EPOCH, Instant.EPOCH),
                new WorkItem.DecideCrossSell(Priming.NEVER_A_KEY, Priming.NEVER_A_KEY, LocalDate.EPOCH,
                        List.of(Priming.NEVER_A_KEY), Instant.EPOCH),
                new WorkItem.AdvanceEpisode(Priming.NEVER_A_KEY, Priming.NEVER_A_KEY, Instant.EPOCH),
                new WorkItem.ReevaluateSegments(Priming.NEVER_A_KEY, Instant.EPOCH),
                new WorkItem.StartCampaign(Priming.NEVER_A_KEY, 0, null, Instant.EPOCH)), "priming-"));
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent event, Context context) {
        return batch.process(event);
    }
}
