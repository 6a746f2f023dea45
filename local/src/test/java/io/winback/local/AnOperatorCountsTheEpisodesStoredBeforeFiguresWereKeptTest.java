package io.winback.local;

import io.winback.chain.Deferrals;
import io.winback.chain.Episode;
import io.winback.chain.EpisodeStatus;
import io.winback.domain.PurchaseBand;
import io.winback.dynamo.ChainsTable;
import io.winback.dynamo.EpisodeItems;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After upgrading a shop deployed before the campaign report kept its figures, the operator counts the episodes that
 * ended before the upgrade with one command: the period's, each once however often it is run; a mistake on the
 * command line is named in one line and nothing is written.
 */
class AnOperatorCountsTheEpisodesStoredBeforeFiguresWereKeptTest {
    private final String table = "chains-backfill-" + System.nanoTime();
    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

    AnOperatorCountsTheEpisodesStoredBeforeFiguresWereKeptTest() {
        LocalDynamo.client().createTable(ChainsTable.definition(table));
        storedBeforeFiguresWereKept("anna", LocalDate.parse("2026-11-03"));
        storedBeforeFiguresWereKept("boris", LocalDate.parse("2026-11-30"));
        storedBeforeFiguresWereKept("vera", LocalDate.parse("2026-10-31"));
    }

    @Test
    void thePeriodsEpisodesAreCountedOnceHoweverOftenItIsRun() {
        assertEquals(ExitCode.OK, backfill("--from", "2026-11-01", "--to", "2026-11-30", "--table", table));
        assertTrue(out().contains("Counted 2 episodes that entered from 2026-11-01 to 2026-11-30"), out());
        assertTrue(counted("anna") && counted("boris"));
        assertFalse(counted("vera"), "October's is another period");

        outBytes.reset();
        assertEquals(ExitCode.OK, backfill("--from", "2026-11-01", "--to", "2026-11-30", "--table", table));
        assertTrue(out().contains("Counted 0 episodes"), "a second run counts nothing again: " + out());
    }

    @Test
    void everyMistakeIsNamedInOneLineAndNothingIsCounted() {
        assertEquals(ExitCode.USAGE, backfill("--from", "2026-11-31", "--table", table));
        List<String> lines = errBytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.getFirst().contains("--from must be a day as YYYY-MM-DD, not '2026-11-31'"), lines.getFirst());
        assertTrue(lines.getFirst().contains("--to is required"), lines.getFirst());
        assertFalse(counted("anna") || counted("boris") || counted("vera"));

        errBytes.reset();
        assertEquals(ExitCode.FAILED, backfill("--from", "2026-11-01", "--to", "2026-11-30", "--table", "no-such"));
        assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("no table no-such"), errBytes.toString(StandardCharsets.UTF_8));
    }

    private ExitCode backfill(String... args) {
        return Cli.run("backfill-kept-figures", args, new PrintStream(errBytes, true, StandardCharsets.UTF_8),
                rest -> KeptFiguresBackfillCommand.command(rest, Map.of(),
                        new PrintStream(outBytes, true, StandardCharsets.UTF_8), endpoint -> LocalDynamo.client()));
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    /** An episode that ended before the upgrade: stored by the old writer, with no mark that it was counted. */
    private void storedBeforeFiguresWereKept(String customerKey, LocalDate entered) {
        Instant at = entered.atTime(7, 0).toInstant(ZoneOffset.UTC);
        Episode episode = new Episode(customerKey, "fell-asleep@" + entered, "sleep-1", 1, PurchaseBand.ONE, false, at,
                null, EpisodeStatus.COMPLETED, 2, null, null, "no_purchase", null, Deferrals.NONE, 3);
        LocalDynamo.client().putItem(b -> b.tableName(table).item(EpisodeItems.item(episode)));
    }

    private boolean counted(String customerKey) {
        Map<String, AttributeValue> item = LocalDynamo.client().scan(b -> b.tableName(table)).items().stream()
                .filter(i -> i.get(ChainsTable.PK).s().equals(ChainsTable.customerPk(customerKey))).findFirst()
                .orElseThrow();
        return item.containsKey("tallied");
    }
}
