package io.winback.template;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.ChainsTable;
import io.winback.dynamo.SaleLinesTable;
import io.winback.dynamo.TableDefinitions;
import io.winback.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** template.yaml deploys what the code expects: it lints clean, translates, and names the code's handlers, variables and keys. */
class SamTemplateTest {
    private static Path root;
    private static JsonNode template;

    @BeforeAll
    static void loadTemplate() throws Exception {
        root = Path.of(System.getProperty("winback.root", System.getProperty("user.dir")));
        while (!Files.exists(root.resolve("template.yaml"))) {
            root = root.getParent();
        }
        // cfn-lint's own loader understands the short forms (!Ref, !GetAtt, !Sub) a plain YAML parser does not.
        template = Json.readTree(run("python3", "-c",
                "import json,sys; from cfnlint.decode import cfn_yaml; print(json.dumps(cfn_yaml.load(sys.argv[1]), default=str))",
                root.resolve("template.yaml").toString()));
    }

    @Test
    void templatePassesCfnLintWithNoFindings() throws Exception {
        ProcessBuilder lint = new ProcessBuilder("cfn-lint", "template.yaml").directory(root.toFile()).redirectErrorStream(true);
        lint.environment().put("AWS_DEFAULT_REGION", "eu-central-1");
        Process process;
        try {
            process = lint.start();
        } catch (IOException missing) {
            throw new AssertionError("cfn-lint is not installed: pip install cfn-lint", missing);
        }
        String findings = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), findings);
        assertEquals("", findings.strip());
    }

    @Test
    void samTranslatesTheTemplateOncePackaged() throws Exception {
        // What `sam deploy` does after uploading the jars: CodeUri becomes an S3 URI, then the transform runs.
        String translated = run("python3", "-c", """
                import json, sys
                from cfnlint.decode import cfn_yaml
                from samtranslator.translator.transform import transform
                t = json.loads(json.dumps(cfn_yaml.load(sys.argv[1]), default=str))
                for r in t['Resources'].values():
                    if r['Type'] == 'AWS::Serverless::Function':
                        r['Properties']['CodeUri'] = 's3://bucket/' + r['Properties']['CodeUri']
                class NoManagedPolicies:
                    def load(self): return {}
                out = transform(t, {}, NoManagedPolicies())
                print(json.dumps(sorted({r['Type'] for r in out['Resources'].values()})))
                """, root.resolve("template.yaml").toString());
        String types = translated.strip();
        for (String expected : List.of("AWS::Lambda::Function", "AWS::Lambda::Version", "AWS::Lambda::Alias",
                "AWS::Lambda::EventSourceMapping", "AWS::ApiGatewayV2::Api", "AWS::IAM::Role")) {
            assertTrue(types.contains(expected), expected + " in " + types);
        }
    }

    @Test
    void everyHandlerNamedInTheTemplateExistsAndItsJarIsWhatTheBuildMakes() throws Exception {
        for (JsonNode function : functions()) {
            JsonNode properties = function.get("Properties");
            String handler = properties.get("Handler").asText();
            Class<?> type = Class.forName(handler.substring(0, handler.indexOf("::")));
            assertTrue(com.amazonaws.services.lambda.runtime.RequestHandler.class.isAssignableFrom(type), handler);
            String codeUri = properties.get("CodeUri").asText();
            String module = codeUri.split("/")[1];
            assertEquals("functions/" + module + "/target/" + module + "-lambda.jar", codeUri);
            String pom = Files.readString(root.resolve("functions/" + module + "/pom.xml"));
            assertTrue(pom.contains("<finalName>" + module + "-lambda</finalName>"), module + " shades to " + codeUri);
        }
    }

    @Test
    void templateSetsEveryVariableTheConfigReadsAndNoOther() {
        Set<String> set = new TreeSet<>();
        template.at("/Globals/Function/Environment/Variables").fieldNames().forEachRemaining(set::add);
        for (JsonNode function : functions()) {
            function.at("/Properties/Environment/Variables").fieldNames().forEachRemaining(set::add);
        }
        set.remove("JAVA_TOOL_OPTIONS");
        assertEquals(new TreeSet<>(WinbackConfig.VARIABLES), set);
        assertTrue(configurationPage().contains("`WEBHOOK_SECRETS`"), "docs/configuration.md documents the configuration");
        for (String variable : WinbackConfig.VARIABLES) {
            String documented = variable.startsWith("SLEEP_DAYS_") ? "SLEEP_DAYS_" : variable;
            assertTrue(configurationPage().contains(documented), variable + " is documented in docs/configuration.md");
        }
    }

    @Test
    void tablesMatchWhatTheCodeCreatesLocally() {
        assertTableMatches(template.at("/Resources/SalesTable/Properties"), TableDefinitions.sales("x"));
        assertTableMatches(template.at("/Resources/CustomersTable/Properties"), TableDefinitions.customers("x"));
        assertTableMatches(template.at("/Resources/ChainsTable/Properties"), ChainsTable.definition("x"));
        assertTableMatches(template.at("/Resources/SaleLinesTable/Properties"), SaleLinesTable.definition("x"));
        for (String table : List.of("SalesTable", "CustomersTable", "ChainsTable", "SaleLinesTable")) {
            JsonNode properties = template.at("/Resources/" + table + "/Properties");
            assertEquals("PAY_PER_REQUEST", properties.get("BillingMode").asText());
            assertTrue(properties.at("/PointInTimeRecoverySpecification/PointInTimeRecoveryEnabled").asBoolean(), table);
        }
    }

    @Test
    void statsStreamRetriesFromTheFailedRecordAndParksWhatStillFails() {
        JsonNode stream = template.at("/Resources/CustomerStatsFunction/Properties/Events/SalesStream/Properties");
        assertEquals("ReportBatchItemFailures", stream.at("/FunctionResponseTypes/0").asText());
        assertTrue(stream.get("BisectBatchOnFunctionError").asBoolean());
        assertTrue(stream.get("MaximumRetryAttempts").asInt() > 0);
        assertEquals("SQS", stream.at("/DestinationConfig/OnFailure/Type").asText());
        assertEquals("{\"eventName\": [\"INSERT\"]}", stream.at("/FilterCriteria/Filters/0/Pattern").asText());
        // Parked for age while the stream (24 hours) still holds the records, so they can be replayed.
        assertTrue(stream.get("MaximumRecordAgeInSeconds").asInt() <= 72_000, "parked with hours left to replay");
        JsonNode failed = template.at("/Resources/CustomerUpdatesFailedAlarm/Properties");
        assertEquals(io.winback.log.EmbeddedMetric.NAMESPACE, failed.get("Namespace").asText());
        assertEquals("CustomerUpdatesFailed", failed.get("MetricName").asText());
        assertEquals("customer-stats", failed.at("/Dimensions/0/Value").asText());
        assertEquals(io.winback.dynamo.DynamoAppliedSaleMarkers.EXPIRES_AT,
                template.at("/Resources/ChainsTable/Properties/TimeToLiveSpecification/AttributeName").asText(),
                "busy customers' applied-sale markers expire");
    }

    @Test
    void theKeptFiguresCountEveryEpisodeChangeWholeBatchesAtATimeAndNeverSkipOne() {
        assertEquals("NEW_AND_OLD_IMAGES",
                template.at("/Resources/ChainsTable/Properties/StreamSpecification/StreamViewType").asText());
        JsonNode stream = template.at("/Resources/KeptFiguresFunction/Properties/Events/ChainsStream/Properties");
        assertEquals("ChainsTable", stream.at("/Stream/Fn::GetAtt/0").asText());
        assertEquals("StreamArn", stream.at("/Stream/Fn::GetAtt/1").asText());
        assertEquals("TRIM_HORIZON", stream.get("StartingPosition").asText());
        assertEquals(io.winback.testing.ChainsStream.BATCH, stream.get("BatchSize").asInt());
        // A batch comes back from its first record, which names the reader's marker: no halves, no partial
        // failures, one batch of a shard at a time, and none given up on.
        assertEquals(1, stream.get("ParallelizationFactor").asInt());
        assertFalse(stream.get("BisectBatchOnFunctionError").asBoolean(true));
        assertTrue(stream.path("FunctionResponseTypes").isMissingNode(), "no ReportBatchItemFailures");
        assertEquals(-1, stream.get("MaximumRetryAttempts").asInt());
        assertEquals(-1, stream.get("MaximumRecordAgeInSeconds").asInt());
        assertTrue(stream.path("DestinationConfig").isMissingNode(), "nothing is parked: nothing is skipped");
        assertEquals("{\"dynamodb\": {\"Keys\": {\"sk\": {\"S\": [{\"prefix\": \"episode#\"}]}}}}",
                stream.at("/FilterCriteria/Filters/0/Pattern").asText());
        JsonNode age = template.at("/Resources/KeptFiguresIteratorAgeAlarm/Properties");
        assertEquals("IteratorAge", age.get("MetricName").asText());
        assertEquals("KeptFiguresFunction", age.at("/Dimensions/0/Value/Ref").asText());
        assertEquals(300_000, age.get("Threshold").asInt(), "five minutes behind");
        JsonNode errors = template.at("/Resources/KeptFiguresErrorsAlarm/Properties");
        assertEquals("Errors", errors.get("MetricName").asText());
        assertEquals("KeptFiguresFunction", errors.at("/Dimensions/0/Value/Ref").asText());
    }

    @Test
    void theCheckRunsDailyOnTheScheduledTimeAndItsWorkerReportsFailedItems() {
        JsonNode schedule = template.at("/Resources/SleepingCheckFunction/Properties/Events/Daily");
        assertEquals("ScheduleV2", schedule.get("Type").asText());
        assertEquals("{\"scheduledTime\": \"<aws.scheduler.scheduled-time>\"}", schedule.at("/Properties/Input").asText());
        assertTrue(schedule.at("/Properties/RetryPolicy/MaximumRetryAttempts").asInt() > 0);
        assertEquals("CheckDeadLetterQueue", schedule.at("/Properties/DeadLetterConfig/Arn/Fn::GetAtt/0").asText());
        JsonNode work = template.at("/Resources/ChainWorkerFunction/Properties/Events/Work/Properties");
        assertEquals("ReportBatchItemFailures", work.at("/FunctionResponseTypes/0").asText());
        JsonNode queue = template.at("/Resources/WorkQueue/Properties");
        assertEquals("WorkDeadLetterQueue", queue.at("/RedrivePolicy/deadLetterTargetArn/Fn::GetAtt/0").asText());
        int workerTimeout = template.at("/Resources/ChainWorkerFunction/Properties/Timeout").asInt();
        assertTrue(queue.get("VisibilityTimeout").asInt() >= 6 * workerTimeout, "visibility timeout ≥ 6 × worker timeout");
        assertTrue(template.at("/Resources/ChainWorkerFunction/Properties/ReservedConcurrentExecutions").isObject());
        for (String alarm : List.of("StatsFailureAlarm", "WorkDeadLetterAlarm", "CheckDeadLetterAlarm")) {
            assertEquals("AWS::CloudWatch::Alarm", template.at("/Resources/" + alarm + "/Type").asText(), alarm);
        }
    }

    @Test
    void everyAlarmTellsTheAlarmTopicWhichMailsTheAlarmEmailWhenOneIsGiven() {
        List<String> alarms = new ArrayList<>();
        template.get("Resources").fields().forEachRemaining(resource -> {
            if ("AWS::CloudWatch::Alarm".equals(resource.getValue().get("Type").asText())) {
                alarms.add(resource.getKey());
                List<String> actions = new ArrayList<>();
                resource.getValue().at("/Properties/AlarmActions").forEach(a -> actions.add(a.toString()));
                assertTrue(actions.contains("{\"Ref\":\"AlarmTopic\"}"), resource.getKey() + " notifies " + actions);
            }
        });
        assertTrue(alarms.containsAll(List.of("StatsFailureAlarm", "WorkDeadLetterAlarm", "CheckDeadLetterAlarm",
                "KeptFiguresErrorsAlarm", "KeptFiguresIteratorAgeAlarm")),
                "every failure queue has its alarm: " + alarms);

        assertEquals("AWS::SNS::Topic", template.at("/Resources/AlarmTopic/Type").asText());
        assertEquals("", template.at("/Parameters/AlarmEmail/Default").asText("missing"), "the email is optional");
        JsonNode subscription = template.at("/Resources/AlarmEmailSubscription");
        assertEquals("AWS::SNS::Subscription", subscription.get("Type").asText());
        assertEquals("HasAlarmEmail", subscription.get("Condition").asText(), "no subscription without an address");
        assertEquals("email", subscription.at("/Properties/Protocol").asText());
        assertEquals("AlarmEmail", subscription.at("/Properties/Endpoint/Ref").asText());
        assertEquals("AlarmTopic", subscription.at("/Properties/TopicArn/Ref").asText());
        assertEquals("{\"Fn::Not\":[{\"Fn::Equals\":[{\"Ref\":\"AlarmEmail\"},\"\"]}]}",
                template.at("/Conditions/HasAlarmEmail").toString());
    }

    @Test
    void theSegmentsJobRunsDailyAfterTheCheckAndAlarmsWhenItFails() {
        JsonNode schedule = template.at("/Resources/SegmentsJobFunction/Properties/Events/Daily");
        assertEquals("ScheduleV2", schedule.get("Type").asText());
        assertEquals("{\"scheduledTime\": \"<aws.scheduler.scheduled-time>\"}", schedule.at("/Properties/Input").asText());
        assertEquals("SegmentsDeadLetterQueue", schedule.at("/Properties/DeadLetterConfig/Arn/Fn::GetAtt/0").asText());
        assertTrue(template.at("/Parameters/SegmentsTime/Default").asText()
                .compareTo(template.at("/Parameters/CheckTime/Default").asText()) > 0, "segments after the check");
        assertEquals("AWS::CloudWatch::Alarm", template.at("/Resources/SegmentsDeadLetterAlarm/Type").asText());
        assertEquals("/v1/reports/segments",
                template.at("/Resources/ReportsApiFunction/Properties/Events/Segments/Properties/Path").asText());
    }

    @Test
    void theTimingJobRunsDailyBeforeTheCheckAndAlarmsWhenItFails() {
        JsonNode schedule = template.at("/Resources/TimingJobFunction/Properties/Events/Daily");
        assertEquals("ScheduleV2", schedule.get("Type").asText());
        assertEquals("{\"scheduledTime\": \"<aws.scheduler.scheduled-time>\"}", schedule.at("/Properties/Input").asText());
        assertEquals("TimingDeadLetterQueue", schedule.at("/Properties/DeadLetterConfig/Arn/Fn::GetAtt/0").asText());
        assertTrue(template.at("/Parameters/TimingTime/Default").asText()
                .compareTo(template.at("/Parameters/CheckTime/Default").asText()) < 0,
                "the timing before the check, which wakes customers by it");
        assertEquals("AWS::CloudWatch::Alarm", template.at("/Resources/TimingDeadLetterAlarm/Type").asText());
        assertEquals("io.winback.timingjob.TimingJobHandler::handleRequest",
                template.at("/Resources/TimingJobFunction/Properties/Handler").asText());
        assertEquals("/v1/reports/timing",
                template.at("/Resources/ReportsApiFunction/Properties/Events/Timing/Properties/Path").asText());
    }

    @Test
    void aScheduledRunThatFailsLandsInItsDeadLetterQueueWhoseAlarmFires() {
        // The scheduler invokes asynchronously: its DeadLetterConfig only takes invocations it could not make; a run
        // that fails goes to the function's own DeadLetterQueue.
        Map<String, String> queues = Map.of("SleepingCheckFunction", "CheckDeadLetterQueue",
                "SegmentsJobFunction", "SegmentsDeadLetterQueue", "TimingJobFunction", "TimingDeadLetterQueue");
        queues.forEach((function, queue) -> {
            JsonNode dlq = template.at("/Resources/" + function + "/Properties/DeadLetterQueue");
            assertEquals("SQS", dlq.get("Type").asText(), function);
            assertEquals(queue, dlq.at("/TargetArn/Fn::GetAtt/0").asText(), function);
        });
    }

    @Test
    void theApiRoutesAreTheOnesTheCodeKnowsAndEverythingElseGetsTheOneErrorShape() {
        Set<String> routed = new TreeSet<>();
        List<String> unrouted = new ArrayList<>();
        for (JsonNode function : functions()) {
            function.at("/Properties/Events").forEach(event -> {
                if ("HttpApi".equals(event.get("Type").asText())) {
                    String path = event.at("/Properties/Path").asText();
                    String method = event.at("/Properties/Method").asText();
                    if ("$default".equals(path)) {
                        unrouted.add(method + " " + path);
                    } else {
                        routed.add(method + " " + path);
                    }
                }
            });
        }
        Set<String> known = new TreeSet<>();
        io.winback.http.ApiRoutes.ALL.forEach(route -> known.add(route.method() + " " + route.pathTemplate()));
        assertEquals(known, routed, "io.winback.http.ApiRoutes lists exactly the template's routes");
        assertEquals(List.of("ANY $default"), unrouted, "one function answers what no route takes");
        assertEquals("Unrouted", template.at("/Resources/ReportsApiFunction/Properties/Events/Unrouted")
                .isMissingNode() ? "" : "Unrouted", "the reports function, which answers it with ApiRoutes");
    }

    @Test
    void functionsRunJava21WithSnapStartOnAPublishedAlias() {
        JsonNode globals = template.at("/Globals/Function");
        assertEquals("java21", globals.get("Runtime").asText());
        assertEquals("PublishedVersions", globals.at("/SnapStart/ApplyOn").asText());
        assertEquals("live", globals.get("AutoPublishAlias").asText());
        for (JsonNode function : functions()) {
            assertTrue(function.at("/Properties/Runtime").isMissingNode(), "no function overrides the runtime");
            // Every function is primed before its snapshot (Priming.beforeSnapshot); none may turn SnapStart off.
            assertTrue(function.at("/Properties/SnapStart").isMissingNode(), "no function overrides SnapStart");
        }
    }

    @Test
    void eachFunctionMayTouchOnlyItsOwnTables() {
        Map<String, Set<String>> allowed = Map.ofEntries(
                // A return of a known sale: read with its original, stored in a transaction with its refunded total.
                Map.entry("IngestSalesFunction", Set.of("dynamodb:PutItem", "dynamodb:GetItem", "dynamodb:BatchGetItem",
                        "dynamodb:UpdateItem")),
                // DeleteItem: a customer leaving a segment (their member item, in the memberships' transaction).
                Map.entry("CustomerStatsFunction", Set.of("dynamodb:GetItem", "dynamodb:BatchGetItem",
                        "dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:Query", "dynamodb:BatchWriteItem", "dynamodb:DeleteItem",
                        "dynamodb:DescribeStream",
                        "dynamodb:GetRecords", "dynamodb:GetShardIterator", "dynamodb:ListStreams", "sqs:SendMessage")),
                Map.entry("CustomerApiFunction", Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query",
                        "dynamodb:DeleteItem", "dynamodb:UpdateItem", "dynamodb:BatchWriteItem")),
                // Reads the indexes; writes only a refill group's recomputed due days and the mark that it is done.
                Map.entry("SleepingCheckFunction", Set.of("dynamodb:Query", "dynamodb:GetItem",
                        "dynamodb:BatchGetItem", "dynamodb:PutItem", "dynamodb:UpdateItem", "sqs:SendMessage")),
                // Scans its slice of the cards and writes their scores; sizes the run (DescribeTable); keeps the
                // fan-out's ledger in the Chains table (GetItem, Query, PutItem, UpdateItem) and queues the slices.
                Map.entry("SegmentsJobFunction", Set.of("dynamodb:Scan", "dynamodb:UpdateItem", "dynamodb:PutItem",
                        "dynamodb:DescribeTable", "dynamodb:GetItem", "dynamodb:Query", "sqs:SendMessage")),
                // Scan of the cards' visit days; the timing items (GetItem, PutItem); the sleep-day refresh
                // (UpdateItem on the cards); the fan-out: the table's size (DescribeTable), the run's records
                // (GetItem, PutItem, UpdateItem, Query on fanout#timing#*), its slices (SendMessage).
                Map.entry("TimingJobFunction", Set.of("dynamodb:Scan", "dynamodb:GetItem", "dynamodb:PutItem",
                        "dynamodb:UpdateItem", "dynamodb:DescribeTable", "dynamodb:Query", "sqs:SendMessage")),
                // Scan: a segment fill's page; SendMessage: a fill's or a campaign's next page; GetSMSAttributes and
                // GetMetricStatistics: the SMS spend limit and the month's spend.
                Map.entry("ChainWorkerFunction", Set.of("dynamodb:GetItem", "dynamodb:PutItem",
                        "dynamodb:UpdateItem", "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:DeleteItem", "dynamodb:Scan",
                        "sqs:SendMessage", "sns:Publish", "sns:CheckIfPhoneNumberIsOptedOut", "ses:SendEmail",
                        "sns:GetSMSAttributes", "cloudwatch:GetMetricStatistics")),
                // Segments: a static list's members (DeleteItem as they leave), members' cards (BatchGetItem), a
                // definition's fill queued (SendMessage).
                Map.entry("ChainsApiFunction", Set.of("dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:Query",
                        "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:BatchGetItem", "sqs:SendMessage")),
                // Reports only read (Scan: a page of cards for the timing report).
                Map.entry("ReportsApiFunction", Set.of("dynamodb:Query", "dynamodb:GetItem",
                        "dynamodb:BatchGetItem", "dynamodb:Scan")),
                // Closes call tasks (UpdateItem), counts failed sign-ins (UpdateItem, DeleteItem once one succeeds),
                // records consent on a card (the card, the ledger, the segments it moves: PutItem and the rest),
                // erases a customer as the customer API does (BatchWriteItem).
                // Counts a segment before it is saved (Scan of the customers) and queues a saved one's fill.
                Map.entry("ConsoleFunction", Set.of("dynamodb:Query", "dynamodb:GetItem", "dynamodb:BatchGetItem",
                        "dynamodb:UpdateItem", "dynamodb:DeleteItem", "dynamodb:PutItem", "dynamodb:BatchWriteItem",
                        "dynamodb:Scan", "sqs:SendMessage")),
                // Reads the touches of an episode's past steps (Query) and a redelivered batch's marker (GetItem);
                // puts the marker and adds to the figures in one transaction (PutItem, UpdateItem); reads the
                // Chains table's stream.
                Map.entry("KeptFiguresFunction", Set.of("dynamodb:Query", "dynamodb:GetItem", "dynamodb:PutItem",
                        "dynamodb:UpdateItem", "dynamodb:DescribeStream", "dynamodb:GetRecords",
                        "dynamodb:GetShardIterator", "dynamodb:ListStreams")));
        allowed.forEach((name, actions) -> {
            Set<String> granted = new HashSet<>();
            for (JsonNode statement : statements(name)) {
                JsonNode action = statement.get("Action");
                if (action.isArray()) {
                    action.forEach(a -> granted.add(a.asText()));
                } else {
                    granted.add(action.asText());
                }
                // ListStreams, SMS to a phone number, the account's SMS settings and reading a metric have no resource
                // ARN; nothing else may be granted on "*".
                boolean noArnToName = action.asText().equals("dynamodb:ListStreams")
                        || action.toString().equals("[\"sns:Publish\",\"sns:CheckIfPhoneNumberIsOptedOut\"]")
                        || action.toString().equals("[\"sns:GetSMSAttributes\",\"cloudwatch:GetMetricStatistics\"]");
                assertTrue(!statement.get("Resource").asText("").equals("*") || noArnToName,
                        name + " grants " + action + " on every resource");
            }
            assertEquals(actions, granted, name);
        });
    }

    /**
     * An action granted on the wrong table passes the per-function list above: the reads that a change of access
     * path brought (the period's touches by key on the Chains table) are checked with their table.
     */
    @Test
    void theSentLogAndTheDashboardMayReadTheTouchesOfAPeriodByKey() {
        for (String function : List.of("ReportsApiFunction", "ConsoleFunction")) {
            assertTrue(grants(function, "dynamodb:BatchGetItem", "ChainsTable"), function);
        }
    }

    /** Whether a statement of {@code function}'s policy grants {@code action} on the table {@code table} itself. */
    private static boolean grants(String function, String action, String table) {
        for (JsonNode statement : statements(function)) {
            JsonNode actions = statement.get("Action");
            boolean hasAction = actions.isArray()
                    ? java.util.stream.StreamSupport.stream(actions.spliterator(), false)
                    .anyMatch(a -> a.asText().equals(action))
                    : actions.asText().equals(action);
            JsonNode resources = statement.get("Resource");
            List<JsonNode> each = new java.util.ArrayList<>();
            if (resources != null && resources.isArray()) {
                resources.forEach(each::add);
            } else if (resources != null) {
                each.add(resources);
            }
            boolean onTable = each.stream().anyMatch(r -> r.has("Fn::GetAtt")
                    && r.get("Fn::GetAtt").get(0).asText().equals(table));
            if (hasAction && onTable) {
                return true;
            }
        }
        return false;
    }

    /** The statements of {@code function}'s policy, each as granted when its parameter is set. */
    private static List<JsonNode> statements(String function) {
        List<JsonNode> statements = new java.util.ArrayList<>();
        for (JsonNode entry : template.at("/Resources/" + function + "/Properties/Policies/0/Statement")) {
            // A statement granted only when a parameter is set (Fn::If): its "then" branch is what it grants.
            statements.add(entry.has("Fn::If") ? entry.get("Fn::If").get(1) : entry);
        }
        return statements;
    }

    private static void assertTableMatches(JsonNode properties, CreateTableRequest code) {
        Map<String, String> keys = new java.util.HashMap<>();
        properties.get("KeySchema").forEach(k -> keys.put(k.get("AttributeName").asText(), k.get("KeyType").asText()));
        Map<String, String> codeKeys = new java.util.HashMap<>();
        code.keySchema().forEach(k -> codeKeys.put(k.attributeName(), k.keyTypeAsString()));
        assertEquals(codeKeys, keys);

        Map<String, String> attributes = new java.util.HashMap<>();
        properties.get("AttributeDefinitions").forEach(a -> attributes.put(a.get("AttributeName").asText(), a.get("AttributeType").asText()));
        Map<String, String> codeAttributes = new java.util.HashMap<>();
        code.attributeDefinitions().forEach(a -> codeAttributes.put(a.attributeName(), a.attributeTypeAsString()));
        assertEquals(codeAttributes, attributes);

        String codeStream = code.streamSpecification() == null ? "" : code.streamSpecification().streamViewTypeAsString();
        assertEquals(codeStream, properties.at("/StreamSpecification/StreamViewType").asText(""));
        List<String> indexes = new ArrayList<>();
        properties.path("GlobalSecondaryIndexes").forEach(index -> indexes.add(describe(index)));
        List<String> codeIndexes = code.globalSecondaryIndexes().stream().map(SamTemplateTest::describe).toList();
        assertEquals(codeIndexes, indexes);
    }

    private static String describe(JsonNode index) {
        List<String> keys = new ArrayList<>();
        index.get("KeySchema").forEach(k -> keys.add(k.get("AttributeName").asText() + ":" + k.get("KeyType").asText()));
        List<String> included = new ArrayList<>();
        index.at("/Projection/NonKeyAttributes").forEach(a -> included.add(a.asText()));
        return index.get("IndexName").asText() + " " + keys + " " + index.at("/Projection/ProjectionType").asText() + " " + included;
    }

    private static String describe(GlobalSecondaryIndex index) {
        List<String> keys = index.keySchema().stream().map(k -> k.attributeName() + ":" + k.keyTypeAsString()).toList();
        List<String> included = index.projection().hasNonKeyAttributes() ? index.projection().nonKeyAttributes() : List.of();
        return index.indexName() + " " + keys + " " + index.projection().projectionTypeAsString() + " " + included;
    }

    private static List<JsonNode> functions() {
        List<JsonNode> functions = new ArrayList<>();
        template.get("Resources").forEach(resource -> {
            if ("AWS::Serverless::Function".equals(resource.get("Type").asText())) {
                functions.add(resource);
            }
        });
        assertEquals(11, functions.size());
        return functions;
    }

    private static String configurationPage() {
        try {
            return Files.readString(root.resolve("docs/configuration.md"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        builder.environment().put("AWS_DEFAULT_REGION", "eu-central-1");
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + "\n" + err);
        return out;
    }
}
