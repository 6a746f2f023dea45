package io.winback.pipeline;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's chromium, headless: the DOM it built from a page, and a screenshot of it. {@code .ci/run} installs the
 * package when it is missing and requires it; elsewhere a machine without it skips the browser tests, saying why.
 */
final class HeadlessChromium {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    /** Set by .ci/run: without a browser the dashboard test fails rather than skips. */
    static final String REQUIRED = "WINBACK_REQUIRE_BROWSER";
    private final String binary;

    private HeadlessChromium(String binary) {
        this.binary = binary;
    }

    static HeadlessChromium find() {
        for (String name : NAMES) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return new HeadlessChromium(Path.of(dir, name).toString());
                }
            }
        }
        String missing = "no chromium on PATH: .ci/run installs Debian's chromium package (apt-get install chromium)";
        if (System.getenv(REQUIRED) != null) {
            // CI asked for the browser: the dashboard test must not pass by skipping.
            throw new AssertionError(missing + "; " + REQUIRED + " is set, so the browser test fails instead of skipping");
        }
        Assumptions.abort(missing);
        return null;
    }

    /** A browser to drive click by click (DevTools protocol); close it after use. */
    BrowserSession session(Path work) throws Exception {
        return BrowserSession.open(binary, work);
    }

    /** The page's DOM after the browser parsed and laid it out, serialised. */
    String dumpDom(String url, Path work) throws IOException, InterruptedException {
        return run(work, "--dump-dom", url);
    }

    void screenshot(String url, Path png, Path work) throws IOException, InterruptedException {
        Files.createDirectories(png.getParent());
        run(work, "--screenshot=" + png.toAbsolutePath(), "--window-size=1400,1700", url);
    }

    private String run(Path work, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(binary, "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--user-data-dir=" + work.resolve("profile").toAbsolutePath()));
        command.addAll(List.of(args));
        Path out = work.resolve("chromium-out.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectOutput(out.toFile()).redirectError(work.resolve("chromium-err.txt").toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("chromium did not finish within 90 s");
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
