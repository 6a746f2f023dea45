package io.winback.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winback.json.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headless Chromium driven as a person would drive it, through the DevTools protocol over a WebSocket: open a page,
 * type into a field, press a button with the mouse at its place on the screen (so the browser posts the form with its
 * own cookies and follows the redirect), read what the page shows, size the window as a phone's, take a screenshot.
 */
final class BrowserSession implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> answers = new ConcurrentHashMap<>();
    /** The window's width as set; a phone's browser widens its layout to fit wide content, so that is the measure. */
    private volatile int width;

    private BrowserSession(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    static BrowserSession open(String chromium, Path work) throws Exception {
        Process process = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars", "--remote-debugging-port=0",
                "--user-data-dir=" + work.resolve("profile").toAbsolutePath(), "about:blank")
                .redirectOutput(work.resolve("chromium-out.txt").toFile()).start();
        String browserUrl = null;
        BufferedReader errors = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (browserUrl == null && System.nanoTime() < deadline) {
            String line = errors.readLine();
            if (line == null) {
                break;
            }
            Matcher matcher = LISTENING.matcher(line);
            if (matcher.find()) {
                browserUrl = matcher.group(1);
            }
        }
        if (browserUrl == null) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not open its DevTools port");
        }
        // Keep reading its stderr so the browser never blocks on a full pipe.
        Thread drain = new Thread(() -> {
            try {
                while (errors.readLine() != null) {
                    // nothing to keep
                }
            } catch (IOException ignored) {
                // the browser went away
            }
        });
        drain.setDaemon(true);
        drain.start();
        URI browser = URI.create(browserUrl);
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(HttpRequest.newBuilder(URI.create("http://" + browser.getHost() + ":"
                + browser.getPort() + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String pageUrl = null;
        for (JsonNode target : Json.readTree(list)) {
            if ("page".equals(target.path("type").asText())) {
                pageUrl = target.path("webSocketDebuggerUrl").asText();
                break;
            }
        }
        if (pageUrl == null) {
            process.destroyForcibly();
            throw new AssertionError("chromium opened no page: " + list);
        }
        BrowserSession[] session = new BrowserSession[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageUrl), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    session[0].received(message.toString());
                    message.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        session[0] = new BrowserSession(process, socket);
        session[0].call("Page.enable", Map.of());
        session[0].call("Runtime.enable", Map.of());
        return session[0];
    }

    private void received(String text) {
        try {
            JsonNode message = Json.readTree(text);
            if (message.has("id")) {
                CompletableFuture<JsonNode> answer = answers.remove(message.get("id").asInt());
                if (answer != null) {
                    answer.complete(message);
                }
            }
        } catch (IOException unreadable) {
            // not a message of the protocol: ignore
        }
    }

    JsonNode call(String method, Map<String, ?> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        answers.put(id, answer);
        ObjectNode request = Json.objectNode();
        request.put("id", id);
        request.put("method", method);
        request.set("params", Json.mapper().valueToTree(params));
        socket.sendText(Json.write(request), true).get(30, TimeUnit.SECONDS);
        JsonNode result = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (result.has("error")) {
            throw new AssertionError(method + " failed: " + result.get("error"));
        }
        return result.path("result");
    }

    /** The value of a JavaScript expression in the page (strings, numbers, booleans). */
    JsonNode evaluate(String expression) throws Exception {
        JsonNode result = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new AssertionError("the page's script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Opens {@code url} and waits until it has loaded. */
    void open(String url) throws Exception {
        markPage();
        call("Page.navigate", Map.of("url", url));
        awaitNewPage();
    }

    /** Phone-sized window: {@code width} CSS pixels wide, touch and all. */
    void viewport(int width, int height, boolean mobile) throws Exception {
        this.width = width;
        call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Types {@code text} into the field {@code selector} as the keyboard would, after clearing it. */
    void type(String selector, String text) throws Exception {
        evaluate("(() => { const e = document.querySelector(" + quoted(selector) + "); e.focus(); e.value = '';"
                + " return true; })()");
        call("Input.insertText", Map.of("text", text));
    }

    /** Clicks the element {@code selector} with the mouse at its middle, and waits for the page that follows. */
    void clickAndWait(String selector) throws Exception {
        JsonNode box = evaluate("(() => { const e = document.querySelector(" + quoted(selector) + ");"
                + " if (!e) return null; e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                + " return {x: r.left + r.width / 2, y: r.top + r.height / 2}; })()");
        if (box == null || box.isNull() || box.isMissingNode()) {
            throw new AssertionError("nothing on the page matches " + selector + "; the page says: "
                    + text("body"));
        }
        markPage();
        for (String type : List.of("mousePressed", "mouseReleased")) {
            call("Input.dispatchMouseEvent", Map.of("type", type, "x", box.get("x").asDouble(),
                    "y", box.get("y").asDouble(), "button", "left", "clickCount", 1));
        }
        awaitNewPage();
    }

    String text(String selector) throws Exception {
        JsonNode text = evaluate("(() => { const e = document.querySelector(" + quoted(selector) + ");"
                + " return e ? e.innerText : null; })()");
        return text == null || text.isNull() ? null : text.asText();
    }

    List<String> texts(String selector) throws Exception {
        List<String> all = new ArrayList<>();
        evaluate("Array.from(document.querySelectorAll(" + quoted(selector) + ")).map(e => e.innerText)")
                .forEach(node -> all.add(node.asText()));
        return all;
    }

    String url() throws Exception {
        return evaluate("location.href").asText();
    }

    /** Whether the page is wider than the window as set (a phone would scroll sideways, or zoom out to fit it). */
    boolean scrollsSideways() throws Exception {
        return evaluate("document.documentElement.scrollWidth").asInt()
                > (width > 0 ? width : evaluate("window.innerWidth").asInt());
    }

    void screenshot(Path png) throws Exception {
        Files.createDirectories(png.getParent());
        JsonNode shot = call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true));
        Files.write(png, Base64.getDecoder().decode(shot.get("data").asText()));
    }

    /** Leaves a mark on the current document: a new document has none. */
    private void markPage() throws Exception {
        evaluate("window.__winbackOldPage = true");
    }

    private void awaitNewPage() throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                JsonNode state = evaluate("window.__winbackOldPage === true ? 'old' : document.readyState");
                if ("complete".equals(state.asText())) {
                    return;
                }
            } catch (AssertionError navigating) {
                // the old document's context went away mid-question: ask the new one
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no new page loaded within " + WAIT.toSeconds() + " s");
    }

    private static String quoted(String text) {
        return Json.write(text);
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(5, TimeUnit.SECONDS);
        } catch (Exception ignored) {
            // the browser is going away anyway
        }
        // Chromium's helpers (renderer, GPU, crash handler) outlive the browser process a moment and keep writing
        // to the profile, which then cannot be deleted: end them all, and wait until each is gone.
        List<ProcessHandle> all = new java.util.ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception stillThere) {
                handle.destroyForcibly();
                if (stillThere instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
