package io.winback.console;

import io.winback.chain.Deferrals;
import io.winback.chain.Episode;
import io.winback.chain.EpisodeStatus;
import io.winback.chain.Trigger;
import io.winback.config.WinbackConfig;
import io.winback.domain.PurchaseBand;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.CustomerItems;
import io.winback.dynamo.DynamoCustomerStore;
import io.winback.dynamo.DynamoEpisodes;
import io.winback.dynamo.DynamoStartedEpisodes;
import io.winback.report.ReportLanguage;
import io.winback.report.CsvWriter;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anna fell asleep on 6 December; her first SMS was due at 22:00 Moscow time, inside quiet hours, and put off twice,
 * so nothing went out and no touch exists. The sent log still shows her: the step deferred until 09:00, with why and
 * how often, under the "deferred" filter and in the CSV; the other filters do not list her.
 */
class AStepPutOffForQuietHoursIsInTheSentLogAsDeferredTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final LocalDate DAY = LocalDate.parse("2026-12-06");
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of());
    private final String table = config.chains().chainsTable();
    private final SentLog log = new SentLog(new DynamoStartedEpisodes(LocalDynamo.client(), table,
            CapacityMeter.NONE, "test"), new DynamoCustomerStore(LocalDynamo.client(), config.customersTable(),
            new CustomerItems(config.bands(), config.sleep()), CapacityMeter.NONE, "test"), MOSCOW, "RUB");

    @Test
    void theDeferredStepIsListedAtTheTimeItWaitsForWithWhyAndHowOften() {
        Instant nineNextMorning = Instant.parse("2026-12-07T06:00:00Z");
        Episode waiting = new Episode("C-anna", new Trigger.FellAsleep().on(DAY).episodeId(), "sleep-1", 1,
                PurchaseBand.ONE, false, Instant.parse("2026-12-06T19:00:00Z"), null, EpisodeStatus.ACTIVE, 0, DAY,
                nineNextMorning, null, null, Deferrals.NONE.plus(0, "quiet_hours").plus(0, "quiet_hours"), 1);
        assertTrue(new DynamoEpisodes(LocalDynamo.client(), table, CapacityMeter.NONE, "test").start(waiting));

        List<SentLog.Entry> deferred = log.entries(new SentLog.Filter(DAY, DAY.plusDays(1), null, null, "deferred"));
        assertEquals(1, deferred.size());
        assertEquals(nineNextMorning, deferred.getFirst().at());
        assertEquals("отложено: тихие часы ×2", SentLog.statusWord(deferred.getFirst(), ReportLanguage.RU));
        assertEquals("deferred: quiet hours ×2", SentLog.statusWord(deferred.getFirst(), ReportLanguage.EN));
        assertEquals(List.of(), log.entries(new SentLog.Filter(DAY, DAY.plusDays(1), null, null, "sent")));
        assertEquals(List.of(), log.entries(new SentLog.Filter(DAY, DAY, null, null, null)),
                "listed on the day it waits for, not before");

        CsvWriter csv = new CsvWriter(ReportLanguage.RU);
        log.table(deferred, ReportLanguage.RU, csv);
        assertTrue(csv.text().contains(";C-anna;;sleep-1;1;—;отложено: тихие часы ×2;"), csv.text());
        assertTrue(csv.text().contains("07.12.2026"), "when it waits for: " + csv.text());
    }
}
