package io.winback.local;

import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Every way a ./winback command stops is one line saying what is wrong and what to do, with a documented code. */
class TheCommandLineAnswersInOneLineTest {
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);

    private List<String> errLines() {
        return errBytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private String onlyLine() {
        List<String> lines = errLines();
        assertEquals(1, lines.size(), "one line, no stack trace: " + lines);
        return lines.getFirst();
    }

    private ExitCode importing(Map<String, String> env, String... args) {
        return Cli.run("import", args, err, rest -> HistoryImporter.command(rest, env, out));
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Path oneSale(Path dir) throws Exception {
        Path csv = dir.resolve("sales.csv");
        Files.write(csv, List.of("saleId,storeId,occurredAt,customerId,total",
                "cli-1,shop,2025-03-01T10:00:00+03:00,C-1,10"));
        return csv;
    }

    @Test
    void aPortThatIsNotANumberIsAUsageMistakeExiting64() {
        ExitCode code = Cli.run("local", new String[]{"--port", "abc"}, err,
                rest -> LocalOptions.parse(rest, Map.of()) == null ? ExitCode.OK : ExitCode.OK);

        assertEquals(ExitCode.USAGE, code);
        assertEquals(64, code.code());
        String line = onlyLine();
        assertTrue(line.startsWith("winback local: --port must be a port number"), line);
        assertTrue(line.contains("'abc'"), line);
    }

    @Test
    void anUnexpectedFailureIsOneLineAndShowsItsStackTraceOnlyWithDebug() {
        ExitCode quiet = Cli.run("import", new String[]{}, err, rest -> {
            throw new IllegalStateException("boom");
        });
        assertEquals(ExitCode.FAILED, quiet);
        String line = onlyLine();
        assertTrue(line.contains("IllegalStateException: boom") && line.contains("--debug"), line);

        errBytes.reset();
        ExitCode loud = Cli.run("import", new String[]{"--debug"}, err, rest -> {
            assertEquals(0, rest.length, "--debug is the runner's, not the command's");
            throw new IllegalStateException("boom");
        });
        assertEquals(ExitCode.FAILED, loud);
        assertTrue(errLines().size() > 2, "the trace follows with --debug");
        assertTrue(errLines().get(1).contains("IllegalStateException"), errLines().toString());
    }

    @Test
    void importWithNothingListeningNamesTheUrlItTriedAndSuggestsWinbackLocal(@TempDir Path tmp) throws Exception {
        int port = freePort();

        ExitCode code = importing(Map.of(), oneSale(tmp).toString(), "--url", "http://127.0.0.1:" + port);

        assertEquals(ExitCode.FAILED, code);
        String line = onlyLine();
        assertTrue(line.contains("http://127.0.0.1:" + port + "/v1/sales"), line);
        assertTrue(line.contains("./winback local"), line);
    }

    @Test
    void importWithoutUrlPostsToThePortTheLocalRunnerListensOn(@TempDir Path tmp) throws Exception {
        int port = freePort();

        ExitCode code = importing(Map.of("WINBACK_PORT", Integer.toString(port)), oneSale(tmp).toString());

        assertEquals(ExitCode.FAILED, code);
        assertTrue(onlyLine().contains("http://localhost:" + port + "/v1/sales"), errLines().toString());
        assertEquals(LocalOptions.defaultPort(Map.of("WINBACK_PORT", Integer.toString(port))), port);
        assertEquals(8080, LocalOptions.defaultPort(Map.of()), "README's default");
    }

    @Test
    void importWithAWrongSecretSaysInOneLineThatTheSignatureWasNotAccepted(@TempDir Path tmp) throws Exception {
        WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS, "right",
                WinbackConfig.API_TOKENS, "t"));
        try (LocalSystem system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config,
                Clock.systemUTC(), CapacityMeter.NONE, 0)) {
            ExitCode code = importing(Map.of(), oneSale(tmp).toString(), "--url", system.baseUrl().toString(),
                    "--secret", "wrong");

            assertEquals(ExitCode.FAILED, code);
            String line = onlyLine();
            assertTrue(line.contains("401") && line.contains("--secret"), line);
        }
    }

    @Test
    void importWithSomeRowsRejectedExits2AfterTheSummary(@TempDir Path tmp) throws Exception {
        WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS, "s",
                WinbackConfig.API_TOKENS, "t"));
        Path csv = tmp.resolve("sales.csv");
        Files.write(csv, List.of("saleId,storeId,occurredAt,customerId,total",
                "two-1,shop,2025-03-01T10:00:00+03:00,C-1,10", "two-2,shop,2025-03-01T10:00:00+03:00,C-1,-1"));
        try (LocalSystem system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config,
                Clock.systemUTC(), CapacityMeter.NONE, 0)) {
            ExitCode code = importing(Map.of(), csv.toString(), "--url", system.baseUrl().toString(), "--secret", "s");

            assertEquals(ExitCode.ROWS_REJECTED, code);
            assertEquals(2, code.code());
            assertTrue(outBytes.toString(StandardCharsets.UTF_8).contains("rejected   1"));
        }
    }

    @Test
    void importOfAMissingFileIsAUsageMistake() {
        ExitCode code = importing(Map.of(), "no-such-file.csv");

        assertEquals(ExitCode.USAGE, code);
        assertTrue(onlyLine().contains("no-such-file.csv"), errLines().toString());
    }

    @Test
    void localOnAPortAlreadyInUseNamesThePortAndSuggestsAnother() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            ExitCode code = Cli.run("local", new String[]{}, err, rest -> {
                LocalRunner.start(new LocalOptions(port, "127.0.0.1", null, null, true), Map.of()).close();
                return ExitCode.OK;
            });

            assertEquals(ExitCode.FAILED, code);
            String line = onlyLine();
            assertTrue(line.contains("127.0.0.1:" + port) && line.contains("--port"), line);
        }
    }

    @Test
    void localOnAnAddressThatIsNotThisMachinesSaysSoNotThatThePortIsTaken() {
        // 192.0.2.1 is TEST-NET-1: documentation only, never an address of this machine.
        ExitCode code = Cli.run("local", new String[]{}, err, rest -> {
            LocalRunner.start(new LocalOptions(0, "192.0.2.1", null, null, true), Map.of()).close();
            return ExitCode.OK;
        });

        assertEquals(ExitCode.FAILED, code);
        String line = onlyLine();
        assertTrue(line.contains("--host 192.0.2.1 is not an address of this machine"), line);
        assertFalse(line.contains("another program"), line);
    }

    @Test
    void aPortRefusedForWantOfRootSaysPortsBelow1024NeedRoot() {
        // Run as root here, so the system's refusal is given as it words it.
        String line = LocalRunner.cannotListen("0.0.0.0", 80, new java.net.BindException("Permission denied"));

        assertTrue(line.contains("0.0.0.0:80") && line.contains("below 1024 need root") && line.contains("--port"), line);
        assertTrue(LocalRunner.cannotListen("127.0.0.1", 8080, new java.net.BindException("Address already in use"))
                .contains("another program"));
    }

    @Test
    void importWithAnUnknownEncodingIsAUsageMistakeNamingTheEncodingsRead(@TempDir Path tmp) throws Exception {
        ExitCode code = importing(Map.of(), oneSale(tmp).toString(), "--encoding", "koi8-r");

        assertEquals(ExitCode.USAGE, code);
        String line = onlyLine();
        assertTrue(line.contains("--encoding: unknown encoding 'koi8-r': a CSV is read as utf-8 or windows-1251"),
                line);
    }

    @Test
    void localWithAnUnknownHostIsAUsageMistakeSayingTheHostIsUnknown() {
        ExitCode code = Cli.run("local", new String[]{"--host", "no-such-host.invalid"}, err, rest -> {
            LocalOptions.parse(rest, Map.of());
            return ExitCode.OK;
        });

        assertEquals(ExitCode.USAGE, code);
        String line = onlyLine();
        assertTrue(line.contains("--host no-such-host.invalid is an unknown host"), line);
    }

    @Test
    void importFromAUrlThatAnswersAWebPageSaysInOneLineItIsNotWinback(@TempDir Path tmp) throws Exception {
        com.sun.net.httpserver.HttpServer page = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        page.createContext("/", exchange -> {
            byte[] html = "<!DOCTYPE html>\n<html>\n<body>Welcome</body>\n</html>\n".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("content-type", "text/html");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        page.start();
        try {
            ExitCode code = importing(Map.of(), oneSale(tmp).toString(), "--url",
                    "http://127.0.0.1:" + page.getAddress().getPort());

            assertEquals(ExitCode.FAILED, code);
            String line = onlyLine();
            assertTrue(line.contains("200 with text/html, not Winback's JSON") && line.contains("--url"), line);
        } finally {
            page.stop(0);
        }
    }

    @Test
    void localWithHost0000IsReachableFromTheNetworkAndSaysSo() throws Exception {
        InetAddress lan = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> {
                    try {
                        return i.isUp() && !i.isLoopback();
                    } catch (java.net.SocketException e) {
                        return false;
                    }
                })
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address).findFirst().orElse(null);
        assumeTrue(lan != null, "this machine has a network address besides loopback");

        LocalOptions options = LocalOptions.parse(new String[]{"--host", "0.0.0.0", "--port", "0", "--verbose"}, Map.of());
        try (LocalRunner.Running running = LocalRunner.start(options, Map.of())) {
            int port = running.system().baseUrl().getPort();
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://" + lan.getHostAddress() + ":" + port + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, health.statusCode());
            assertTrue(running.banner().contains("0.0.0.0:" + port), running.banner());
        }
        assertEquals("127.0.0.1", LocalOptions.parse(new String[]{}, Map.of()).host(), "the default stays local");
    }

    @Test
    void theDefaultLocalRunKeepsRequestLogsInAFileTheBannerNames(@TempDir Path tmp) throws Exception {
        LocalOptions options = new LocalOptions(0, "127.0.0.1", tmp, null, false);
        try (LocalRunner.Running running = LocalRunner.start(options, Map.of())) {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(running.system().baseUrl().resolve("/v1/customers/x"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Path log = tmp.resolve(LocalRunner.requestLogName(0));

            assertTrue(running.banner().contains(log.toAbsolutePath().toString()), running.banner());
            assertTrue(Files.readString(log).contains("\"event\":\"api_request\""), "the request's line is in the file");
            assertFalse(running.banner().contains("\u001b["), "no escape sequences");
        }
    }

    @Test
    void theRequestLogInTheSharedTempDirectoryIsNamedForTheUser() throws Exception {
        String name = LocalRunner.requestLogName(0);
        assertEquals("winback-local-" + System.getProperty("user.name") + "-0.log", name);

        try (LocalRunner.Running running = LocalRunner.start(new LocalOptions(0, "127.0.0.1", null, null, false),
                Map.of())) {
            Path log = Path.of(System.getProperty("java.io.tmpdir")).resolve(name).toAbsolutePath();
            assertTrue(running.banner().contains(log.toString()), running.banner());
            assertTrue(Files.exists(log));
        }
    }

    @Test
    void readmeAndTheLaunchersHelpListTheSameExitCodesAsTheCode() throws Exception {
        Path root = Path.of(System.getProperty("winback.root", System.getProperty("user.dir"))).toAbsolutePath();
        while (!Files.exists(root.resolve("winback"))) {
            root = root.getParent();
        }
        String readme = Files.readString(root.resolve("README.md"));
        String help = Files.readString(root.resolve("winback")).lines().filter(l -> l.startsWith("exit codes:"))
                .findFirst().orElseThrow();
        String readmeCodes = readme.substring(readme.indexOf("**Exit codes**"), readme.indexOf("**Run all tests:**"));

        assertEquals("exit codes: 0 ok, 1 failed (one line says why), 2 import done but some rows not stored, 64 usage",
                help);
        for (ExitCode code : ExitCode.values()) {
            assertTrue(readmeCodes.contains("`" + code.code() + "`"), code + " in README: " + readmeCodes);
        }
        assertEquals(List.of(0, 1, 2, 64), java.util.Arrays.stream(ExitCode.values()).map(ExitCode::code).toList());
    }
}
