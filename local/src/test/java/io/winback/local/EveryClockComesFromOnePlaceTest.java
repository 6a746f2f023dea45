package io.winback.local;

import io.winback.time.WallClock;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Production code reads the time only through the clock it was handed, and that clock comes from {@link WallClock}:
 * a rule such as quiet hours then never depends on the hour the suite runs, because tests hand a pinned clock to
 * everything they run. A read of the wall clock anywhere else in main code fails this test with its file and line.
 */
class EveryClockComesFromOnePlaceTest {
    private static final Path ROOT = Path.of(System.getProperty("winback.root", System.getProperty("user.dir")))
            .toAbsolutePath().normalize();
    /** The JDK's ways to read the wall clock without being handed a clock. */
    private static final Pattern WALL_CLOCK_READ = Pattern.compile(
            "Clock\\.system(UTC|DefaultZone)?\\(|\\b(Instant|LocalDate|LocalDateTime|LocalTime|ZonedDateTime|"
                    + "OffsetDateTime|OffsetTime|Year|YearMonth)\\.now\\(\\s*(\\)|ZoneId\\b|ZoneOffset\\b|\\w*[zZ]one\\b)"
                    + "|System\\.currentTimeMillis\\(|new Date\\(\\s*\\)");

    @Test
    void noMainCodeReadsTheWallClockButTheOnePlace() throws IOException {
        List<String> reads = new ArrayList<>();
        List<Path> sources = mainSources();
        for (Path file : sources) {
            if (file.endsWith(Path.of("io", "winback", "time", "WallClock.java"))) {
                continue;
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = WALL_CLOCK_READ.matcher(lines.get(i));
                if (m.find()) {
                    reads.add(ROOT.relativize(file) + ":" + (i + 1) + " " + m.group());
                }
            }
        }
        assertTrue(sources.size() > 100, "the scan found the sources: " + sources.size() + " files under " + ROOT);
        assertEquals(List.of(), reads, "take the time from the Clock you were given (WallClock.utc() at the top)");
    }

    @Test
    void theScanRecognisesEveryWayOfReadingTheWallClock() {
        for (String read : List.of("Clock.systemUTC()", "Clock.systemDefaultZone()", "Instant.now()",
                "LocalDate.now()", "ZonedDateTime.now( )", "OffsetDateTime.now()", "System.currentTimeMillis()",
                "new Date()", "LocalDate.now(zone)", "ZonedDateTime.now(shopZone)", "LocalDate.now(ZoneId.of(\"UTC\"))",
                "OffsetDateTime.now(ZoneOffset.UTC)")) {
            assertTrue(WALL_CLOCK_READ.matcher("x = " + read + ";").find(), read);
        }
        for (String handed : List.of("Instant.now(clock)", "LocalDate.now(clock.withZone(zone))", "clock.instant()")) {
            assertTrue(!WALL_CLOCK_READ.matcher("x = " + handed + ";").find(), handed);
        }
    }

    private static List<Path> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> ROOT.relativize(p).toString().contains("src" + java.io.File.separator + "main"))
                    .filter(p -> !ROOT.relativize(p).startsWith("target"))
                    .toList();
        }
    }
}
