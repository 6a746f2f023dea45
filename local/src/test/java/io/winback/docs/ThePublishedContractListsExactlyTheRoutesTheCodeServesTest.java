package io.winback.docs;

import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.http.ApiRoutes;
import io.winback.json.Json;
import io.winback.local.LocalSystem;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/openapi.yaml names every route Winback serves and no other: the same method and path templates as
 * {@link ApiRoutes#ALL} (which template.yaml routes, see TemplateTest), and each one, asked through the local stand-in
 * of API Gateway, reaches its function rather than a "no route" answer; a method the contract does not list on a
 * path is answered 405 with exactly the contract's methods on that path in Allow.
 */
class ThePublishedContractListsExactlyTheRoutesTheCodeServesTest {
    private static final String TOKEN = "contract-token";
    private static OpenApiContract contract;

    @BeforeAll
    static void load() throws Exception {
        contract = OpenApiContract.load(OpenApiContract.repositoryRoot().resolve("docs/openapi.yaml"));
    }

    @Test
    void theContractsOperationsAreTheRoutesOfApiRoutes() {
        Set<String> served = ApiRoutes.ALL.stream().map(r -> r.method() + " " + r.pathTemplate())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(served, contract.operations(), "docs/openapi.yaml against io.winback.http.ApiRoutes.ALL");
    }

    @Test
    void everyOperationOfTheContractReachesAFunctionAndEveryOtherMethodIsRefusedWithTheContractsAllow()
            throws Exception {
        WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS, "contract-secret",
                WinbackConfig.API_TOKENS, TOKEN));
        HttpClient http = HttpClient.newHttpClient();
        try (LocalSystem system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config,
                Clock.systemUTC(), CapacityMeter.NONE, 0)) {
            for (String operation : contract.operations()) {
                String method = operation.substring(0, operation.indexOf(' '));
                String template = operation.substring(operation.indexOf(' ') + 1);
                HttpResponse<String> answer = send(http, system.baseUrl(), method, concrete(template));
                String errorField = errorField(answer);
                assertFalse(answer.statusCode() == 404 && "path".equals(errorField),
                        operation + " is not routed: " + answer.body());
                assertFalse(answer.statusCode() == 405, operation + " is refused as a method: " + answer.body());
            }
            for (String template : new TreeSet<>(contract.operations().stream()
                    .map(o -> o.substring(o.indexOf(' ') + 1)).toList())) {
                Set<String> listed = contract.methodsOn(template);
                // A path such as /v1/customers/lookup also fits /v1/customers/{customerId}: Allow names the methods
                // of every template the path fits, as API Gateway's $default route and ApiRoutes answer it.
                Set<String> allowedByContract = new TreeSet<>();
                contract.templatesFitting(concrete(template)).forEach(t -> allowedByContract.addAll(contract.methodsOn(t)));
                // A method no template the path fits takes (POST /console/segments/count's path also fits
                // GET /console/segments/{segmentId}).
                String other = List.of("GET", "POST", "PUT", "PATCH", "DELETE").stream()
                        .filter(m -> !allowedByContract.contains(m)).findFirst().orElseThrow();
                HttpResponse<String> answer = send(http, system.baseUrl(), other, concrete(template));
                assertEquals(405, answer.statusCode(), other + " " + template + ": " + answer.body());
                assertEquals("method", errorField(answer), answer.body());
                Set<String> allowed = Arrays.stream(answer.headers().firstValue("allow").orElse("").split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new));
                assertEquals(allowedByContract, allowed, "Allow of " + other + " " + template);
            }
        }
    }

    /** A path of the template with made-up parameters: a customer and a task that do not exist. */
    private static String concrete(String template) {
        return template.replace("{customerId}", "nobody-here").replace("{taskId}", "no-such-task")
                .replace("{campaignId}", "no-such-campaign").replace("{segmentId}", "no-such-segment")
                .replace("{file}", "console.css").replace("{chainId}", "no-such-chain").replace("{step}", "1");
    }

    private static HttpResponse<String> send(HttpClient http, URI base, String method, String path) throws Exception {
        // Bodies that every write refuses or finds nothing for, so the probe changes nothing.
        String body = switch (method) {
            case "GET", "DELETE" -> null;
            default -> "{\"probe\":true}";
        };
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("authorization", "Bearer " + TOKEN)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String errorField(HttpResponse<String> answer) {
        if (!answer.headers().firstValue("content-type").orElse("").startsWith("application/json")) {
            return null;
        }
        try {
            return Json.readTree(answer.body()).at("/errors/0/field").asText(null);
        } catch (Exception notJson) {
            return null;
        }
    }

    @Test
    void theContractSaysWhichLocalOnlyRoutesItLeavesOut() {
        String description = contract.document().path("info").path("description").asString();
        for (String local : List.of("/health", "/local/drain", "/local/schedule/sleeping-check",
                "/local/schedule/segments-job", "/local/schedule/timing-job", "/local/outbox")) {
            assertTrue(description.contains(local), local + " is named as left out");
        }
    }
}
