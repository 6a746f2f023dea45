package io.winback.house;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The deployable jars, as `mvn verify` shaded them: each carries the AWS SDK service clients its function calls and
 * no other (every client is class loading a cold start may pay and code nobody runs), one HTTP client (the light
 * URL-connection one), none of another function's classes and no test fixture. The service clients are also held
 * to the template: a client the function's role may not call is dead weight or a missing permission.
 */
class EachLambdaJarCarriesOnlyWhatItsFunctionUsesTest {
    private static final Path ROOT = Path.of(System.getProperty("winback.root", System.getProperty("user.dir")))
            .toAbsolutePath().normalize();
    private static final Pattern SERVICE = Pattern.compile("^software/amazon/awssdk/services/([a-z0-9]+)/");
    private static final Set<String> FUNCTION_PACKAGES = Set.of("ingest", "stats", "api", "check", "worker",
            "chainsapi", "reports", "segments", "timingjob", "console", "keptfigures");

    @ParameterizedTest(name = "{0} carries {2}")
    @CsvSource(delimiter = '|', value = {
            // module        | its package | the SDK clients it calls
            "ingest-sales    | ingest      | dynamodb",
            "customer-stats  | stats       | dynamodb",
            "customer-api    | api         | dynamodb",
            "sleeping-check  | check       | dynamodb sqs",
            "chain-worker    | worker      | cloudwatch dynamodb sesv2 sns sqs",
            "chains-api      | chainsapi   | dynamodb sqs",
            "reports-api     | reports     | dynamodb",
            "segments-job    | segments    | dynamodb sqs",
            "timing-job      | timingjob   | dynamodb sqs",
            "console         | console     | dynamodb sqs",
            "kept-figures    | keptfigures | dynamodb",
    })
    void theJarHoldsItsOwnClientsAndNothingElsesCode(String module, String ownPackage, String clients)
            throws IOException {
        Path jar = ROOT.resolve("functions").resolve(module).resolve("target").resolve(module + "-lambda.jar");
        // `mvn test` stops before the package phase that shades the jars; `mvn verify` (and CI) builds them first.
        assumeTrue(Files.isRegularFile(jar), jar + " is shaded by the package phase: run `mvn verify`");
        assertFalse(newestClass(ROOT.resolve("functions").resolve(module).resolve("target").resolve("classes"))
                        .isAfter(Files.getLastModifiedTime(jar).toInstant()),
                jar + " is older than the function's compiled classes: a stale jar from an earlier build");
        Set<String> services = new TreeSet<>();
        Set<String> foreign = new TreeSet<>();
        Set<String> httpClients = new TreeSet<>();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                Matcher service = SERVICE.matcher(name);
                if (service.find()) {
                    services.add(service.group(1));
                }
                if (name.startsWith("software/amazon/awssdk/http/nio/netty/")
                        || name.startsWith("software/amazon/awssdk/http/apache/")
                        || name.startsWith("software/amazon/awssdk/http/crt/")) {
                    httpClients.add(name.substring(0, name.indexOf('/', "software/amazon/awssdk/http/".length())));
                }
                if (name.startsWith("io/winback/") && name.endsWith(".class")) {
                    String top = name.substring("io/winback/".length(), name.indexOf('/', "io/winback/".length()));
                    boolean otherFunction = FUNCTION_PACKAGES.contains(top) && !top.equals(ownPackage);
                    if (otherFunction || top.equals("testing") || top.equals("local") || top.equals("bench")) {
                        foreign.add(top);
                    }
                }
            }
        }
        assertEquals(new TreeSet<>(Arrays.asList(clients.split(" "))), services, module + ": SDK service clients");
        assertEquals(Set.of(), httpClients, module + ": only the URL-connection HTTP client is shipped");
        assertEquals(Set.of(), foreign, module + ": classes of other functions, the local runner or test fixtures");
        Set<String> allowed = permittedServices(module);
        assertTrue(allowed.containsAll(services), module + " ships " + services + " but its role in template.yaml "
                + "may call only " + allowed);
    }

    private static java.time.Instant newestClass(Path classes) throws IOException {
        try (var files = Files.walk(classes)) {
            return files.filter(Files::isRegularFile).map(file -> {
                try {
                    return Files.getLastModifiedTime(file).toInstant();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).max(java.time.Instant::compareTo).orElse(java.time.Instant.EPOCH);
        }
    }

    /** The services the function's policies in template.yaml name (sesv2's actions are "ses:"). */
    private static Set<String> permittedServices(String module) throws IOException {
        String template = Files.readString(ROOT.resolve("template.yaml"));
        int code = template.indexOf("CodeUri: functions/" + module + "/");
        assertTrue(code > 0, "template.yaml deploys " + module);
        int start = template.lastIndexOf("\n  ", template.lastIndexOf("Type: AWS::Serverless::Function", code));
        int end = template.indexOf("Type: AWS::Serverless::Function", code);
        String resource = template.substring(start, end < 0 ? template.length() : end);
        Matcher action = Pattern.compile("\\b(dynamodb|sqs|sns|ses|cloudwatch):[A-Za-z*]+").matcher(resource);
        Set<String> permitted = new TreeSet<>();
        while (action.find()) {
            permitted.add(action.group(1).equals("ses") ? "sesv2" : action.group(1));
        }
        return permitted.stream().collect(Collectors.toCollection(TreeSet::new));
    }
}
