package io.winback.bench;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import io.winback.dynamo.StreamImages;
import io.winback.sqs.WorkItemJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A function added under {@code functions/} is cold-started by the bench like the others: it is in
 * {@link ColdStarts#FUNCTIONS}, and the bench writes it requests that the probe reads back as the very event type its
 * handler (the one template.yaml deploys) takes.
 */
class EveryFunctionIsColdStartedWithARequestItReallyTakesTest {
    private static final Path ROOT = root();

    @Test
    void everyFunctionDirectoryIsMeasured() throws Exception {
        Set<String> directories = new TreeSet<>();
        try (Stream<Path> functions = Files.list(ROOT.resolve("functions"))) {
            functions.filter(dir -> Files.exists(dir.resolve("pom.xml")))
                    .forEach(dir -> directories.add(dir.getFileName().toString()));
        }

        assertEquals(directories, new TreeSet<>(ColdStarts.FUNCTIONS));
    }

    @Test
    void eachFunctionsRequestsAreTheEventItsDeployedHandlerTakes(@TempDir Path dir) throws Exception {
        String template = Files.readString(ROOT.resolve("template.yaml"));
        for (String function : ColdStarts.FUNCTIONS) {
            Path file = dir.resolve(function + ".in");
            ColdStartInputs.write(function, file, ROOT, "secret", "C-7");
            Class<?> eventType = eventTypeOf(handlerOf(template, function));

            for (int call = 0; call < ColdStartInputs.CALLS; call++) {
                Object event = ColdStartRequests.readFor(function, file, call);
                assertInstanceOf(eventType, event, function + "'s call " + call);
            }
        }
    }

    @Test
    void theSampleEventsOfEventsArriveAsTheyAreExceptForTheToken() throws Exception {
        ColdStartRequests.Http sample = ColdStartInputs.sampleEvent(ROOT, "reports-api-metrics-csv.json");
        Path file = Files.createTempFile("coldstart", ".in");
        Files.writeString(file, sample.line() + "\n");

        APIGatewayV2HTTPEvent event = (APIGatewayV2HTTPEvent) ColdStartRequests.read(file, 0);

        assertEquals("GET /v1/reports/metrics", event.getRouteKey());
        assertEquals("GET", event.getRequestContext().getHttp().getMethod());
        assertEquals(Map.of("from", "2026-10-01", "to", "2026-10-31", "activeDays", "90", "format", "csv",
                "lang", "en"), event.getQueryStringParameters());
        assertEquals("Bearer " + ColdStartInputs.API_TOKEN, event.getHeaders().get("authorization"));
        assertEquals("text/csv", event.getHeaders().get("accept"));
        Files.delete(file);
    }

    @Test
    void aSignedSaleAndAWorkItemComeBackByteForByte(@TempDir Path dir) throws Exception {
        Path sales = dir.resolve("sales.in");
        ColdStartInputs.write("ingest-sales", sales, ROOT, "secret", "");
        APIGatewayV2HTTPEvent first = (APIGatewayV2HTTPEvent) ColdStartRequests.read(sales, 0);
        APIGatewayV2HTTPEvent second = (APIGatewayV2HTTPEvent) ColdStartRequests.read(sales, 1);
        assertTrue(first.getBody().startsWith("{\"saleId\":\"coldstart-"), first.getBody());
        assertTrue(first.getHeaders().get("x-winback-signature").startsWith("t="), "signed");
        assertNotEquals(first.getBody(), second.getBody(), "each call a new sale");

        Path work = dir.resolve("work.in");
        ColdStartInputs.write("chain-worker", work, ROOT, "secret", "C-7");
        SQSEvent batch = (SQSEvent) ColdStartRequests.read(work, 0);
        assertEquals("C-7", WorkItemJson.read(batch.getRecords().getFirst().getBody()).customerKey());
    }

    @Test
    void theKeptFiguresGetTheSampleEpisodeChangeEachTimeUnderANewEventId(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("kept.in");
        ColdStartInputs.write("kept-figures", file, ROOT, "secret", "");
        DynamodbEvent sample = EventLoader.loadDynamoDbEvent(ROOT.resolve("events/kept-figures-batch.json").toString());
        var expected = sample.getRecords().getFirst();

        DynamodbEvent first = (DynamodbEvent) ColdStartRequests.readFor("kept-figures", file, 0);
        DynamodbEvent second = (DynamodbEvent) ColdStartRequests.readFor("kept-figures", file, 1);

        var record = first.getRecords().getFirst();
        assertEquals("MODIFY", record.getEventName());
        assertEquals(expected.getDynamodb().getSequenceNumber(), record.getDynamodb().getSequenceNumber());
        assertEquals(StreamImages.toSdk(expected.getDynamodb().getOldImage()),
                StreamImages.toSdk(record.getDynamodb().getOldImage()));
        assertEquals(StreamImages.toSdk(expected.getDynamodb().getNewImage()),
                StreamImages.toSdk(record.getDynamodb().getNewImage()));
        assertNotEquals(record.getEventID(), second.getRecords().getFirst().getEventID(), "each call a new batch");
    }

    /** The handler class template.yaml deploys from {@code function}'s jar. */
    private static Class<?> handlerOf(String template, String function) throws ClassNotFoundException {
        Matcher handler = Pattern.compile("CodeUri: functions/" + Pattern.quote(function)
                + "/target/[^\\n]+\\n\\s+Handler: ([\\w.]+)::handleRequest").matcher(template);
        assertTrue(handler.find(), function + " is deployed by template.yaml");
        return Class.forName(handler.group(1));
    }

    private static Class<?> eventTypeOf(Class<?> handler) {
        for (Type type : handler.getGenericInterfaces()) {
            if (type instanceof ParameterizedType p && p.getRawType() == RequestHandler.class) {
                Type event = p.getActualTypeArguments()[0];
                return (Class<?>) (event instanceof ParameterizedType pe ? pe.getRawType() : event);
            }
        }
        throw new AssertionError(handler + " is not a RequestHandler");
    }

    private static Path root() {
        Path root = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (!Files.exists(root.resolve("winback"))) {
            root = root.getParent();
        }
        return root;
    }
}
