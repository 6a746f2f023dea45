package io.winback.local;

import io.winback.chain.Channel;
import io.winback.messages.UnsubscribeTokens;
import io.winback.time.WallClock;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --host 0.0.0.0}: a till on the shop's network reaches the API, but the local controls (the outbox lists
 * every phone and email) answer only this machine.
 */
class OnTheShopNetworkTheLocalControlsStayWithThisMachineTest {

    @Test
    void theOutboxAnswersThisMachineAndRefusesTheNetwork() throws Exception {
        InetAddress networkAddress = networkAddress();
        HttpApiServer server = new HttpApiServer("0.0.0.0", 0, List.of(),
                Map.of("GET /local/outbox", body -> Map.of("messages", List.of("+79160000000"))));
        try {
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> here = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/local/outbox")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, here.statusCode());
            HttpResponse<String> fromTheNetwork = http.send(HttpRequest.newBuilder(URI.create("http://"
                    + networkAddress.getHostAddress() + ":" + server.port() + "/local/outbox")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, fromTheNetwork.statusCode());
            assertTrue(fromTheNetwork.body().startsWith("{\"errors\":[{\"field\":\"path\""), fromTheNetwork.body());
            assertTrue(!fromTheNetwork.body().contains("+7916"), "nothing of the outbox leaks");
        } finally {
            server.close();
        }
    }

    @Test
    void listeningOnTheNetworkTheRunMakesItsOwnTokenSoTheOnePrintedInReadmeOpensNothing() throws Exception {
        LocalOptions options = LocalOptions.parse(new String[] {"--host", "0.0.0.0", "--port", "0", "--verbose"},
                Map.of());
        try (LocalRunner.Running running = LocalRunner.start(options, Map.of())) {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            running.system().baseUrl().resolve("/v1/customers/C-1"))
                    .header("Authorization", "Bearer " + LocalRunner.LOCAL_TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, answer.statusCode(), answer.body());
            assertTrue(running.banner().contains("this run's own secret and token"), running.banner());
            assertTrue(!running.banner().contains(LocalRunner.LOCAL_TOKEN), "the banner shows the run's own token");
        }
    }

    @Test
    void listeningOnTheNetworkAnUnsubscribeLinkSignedWithTheReadmesSecretUnsubscribesNobody() throws Exception {
        LocalOptions options = LocalOptions.parse(new String[] {"--host", "0.0.0.0", "--port", "0", "--verbose"},
                Map.of());
        try (LocalRunner.Running running = LocalRunner.start(options, Map.of())) {
            String forged = new UnsubscribeTokens(List.of(LocalRunner.LOCAL_UNSUBSCRIBE_SECRET), WallClock.utc())
                    .issue("+79160000002", Channel.SMS);
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            running.system().baseUrl().resolve("/v1/unsubscribe?token=" + forged))
                    .header("content-type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, answer.statusCode(), answer.body());
        }
    }

    @Test
    void listeningOnTheNetworkTheHoldoutSaltIsTheDataDirectorysOwnAndStaysAcrossRuns() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("winback-salt");
        LocalOptions options = LocalOptions.parse(new String[] {"--host", "0.0.0.0", "--port", "0", "--verbose",
                "--data-dir", dir.toString()}, Map.of());
        try (LocalRunner.Running running = LocalRunner.start(options, Map.of())) {
            assertTrue(running.banner().contains("this run's own secret and token"), running.banner());
        }
        String salt = java.nio.file.Files.readString(dir.resolve("holdout-salt"));
        assertTrue(salt.length() >= 20 && !salt.contains("winback-holdout"), "a random salt, not README's: " + salt);
        try (LocalRunner.Running again = LocalRunner.start(options, Map.of())) {
            assertEquals(salt, java.nio.file.Files.readString(dir.resolve("holdout-salt")),
                    "the holdout and erased customers' tombstones keep their salt");
        }
    }

    @Test
    void aDataDirectoryKeepsItsSaltWhateverTheHostAndOneWithOlderDataKeepsTheDefault() throws Exception {
        java.nio.file.Path fresh = java.nio.file.Files.createTempDirectory("winback-salt-fresh");
        Map<String, String> onNetwork = new java.util.HashMap<>();
        LocalRunner.chooseHoldoutSalt(onNetwork, fresh, true);
        Map<String, String> onThisMachine = new java.util.HashMap<>();
        LocalRunner.chooseHoldoutSalt(onThisMachine, fresh, false);
        assertEquals(onNetwork, onThisMachine, "one salt for the directory's data, whatever --host");

        java.nio.file.Path older = java.nio.file.Files.createTempDirectory("winback-salt-older");
        java.nio.file.Files.writeString(older.resolve("dynamodb-local.db"), "");
        Map<String, String> kept = new java.util.HashMap<>();
        LocalRunner.chooseHoldoutSalt(kept, older, true);
        assertEquals("winback-holdout", kept.get(io.winback.config.WinbackConfig.HOLDOUT_SALT),
                "data made before keeps the salt it was made with");

        Map<String, String> given = new java.util.HashMap<>(Map.of(io.winback.config.WinbackConfig.HOLDOUT_SALT, "x1"));
        LocalRunner.chooseHoldoutSalt(given, fresh, true);
        assertEquals("x1", given.get(io.winback.config.WinbackConfig.HOLDOUT_SALT));
        Map<String, String> none = new java.util.HashMap<>();
        LocalRunner.chooseHoldoutSalt(none, null, false);
        assertEquals(Map.of(), none, "this machine alone, no data kept: README's default");
    }

    /** An IPv4 address of this machine that is not loopback: a request to it arrives from a network address. */
    private static InetAddress networkAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address) {
                    return address;
                }
            }
        }
        Assumptions.abort("this machine has no network address besides loopback");
        return null;
    }
}
