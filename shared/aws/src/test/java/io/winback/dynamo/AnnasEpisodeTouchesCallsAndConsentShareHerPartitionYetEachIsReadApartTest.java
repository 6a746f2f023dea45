package io.winback.dynamo;

import io.winback.chain.Channel;
import io.winback.chain.Deferrals;
import io.winback.chain.Episode;
import io.winback.chain.EpisodeStatus;
import io.winback.chain.Episodes;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.chain.Trigger;
import io.winback.config.WinbackConfig;
import io.winback.consent.ConsentChange;
import io.winback.domain.CustomerRefs;
import io.winback.domain.PurchaseBand;
import io.winback.tasks.CallTask;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Anna's episode, its touches, the calls they asked staff to make and her consent statements all live in her one
 * partition of the Chains table, each kept by the adapter of its own concern: each reads back exactly its own kind,
 * and removing one kind leaves the others as they were.
 */
class AnnasEpisodeTouchesCallsAndConsentShareHerPartitionYetEachIsReadApartTest {
    private static final String ANNA = "C-1001";
    private static final LocalDate FELL_ASLEEP = LocalDate.parse("2025-11-20");
    private static final Instant NOW = Instant.parse("2025-11-20T11:06:40Z");
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of());
    private final String table = config.chains().chainsTable();
    private final CustomerRefs refs = new CustomerRefs("refs-secret");
    private final DynamoEpisodes episodes = new DynamoEpisodes(LocalDynamo.client(), table, CapacityMeter.NONE, "test");
    private final DynamoTouches touches = new DynamoTouches(LocalDynamo.client(), table, CapacityMeter.NONE, "test");
    private final DynamoCallTasks tasks = new DynamoCallTasks(LocalDynamo.client(), table, CapacityMeter.NONE, "test");
    private final DynamoConsentLedger ledger = new DynamoConsentLedger(LocalDynamo.client(), table,
            CapacityMeter.NONE, "test");

    @Test
    void eachPortReadsBackItsOwnRecordsAndNoneOfTheOthers() {
        Episode episode = episode();
        Touch sms = touch(episode, 0, TouchStatus.SENT);
        Touch call = touch(episode, 1, TouchStatus.CALL_TASK);
        ConsentChange granted = new ConsentChange(ANNA, Channel.SMS, true, NOW.minusSeconds(86_400), "sale", "v1");
        ConsentChange withdrawn = new ConsentChange(ANNA, Channel.SMS, false, NOW, "sns_opt_out", null);
        CallTask task = task(CallTask.idOf(refs, ANNA, call.id()));
        CallTask legacy = task(CallTask.legacyIdOf(ANNA, sms.id()));

        assertEquals(true, episodes.start(episode));
        assertEquals(true, touches.claim(sms));
        assertEquals(true, touches.claim(call));
        tasks.openTask(task);
        tasks.openTask(legacy);
        ledger.record(granted);
        ledger.record(withdrawn);

        assertEquals(List.of(episode), episodes.episodesOf(ANNA));
        assertEquals(List.of(new Episodes.DueEpisode(ANNA, episode.id())), episodes.dueBy(FELL_ASLEEP));
        assertEquals(List.of(sms, call), touches.touchesOf(ANNA));
        assertEquals(List.of(withdrawn, granted), ledger.history(ANNA), "newest first");
        assertEquals(List.of(legacy, task), tasks.tasksOf(ANNA, refs, touches.touchesOf(ANNA)),
                "found through her touches, by today's id or the one that carried her key");
        assertEquals(Set.of(legacy, task), Set.copyOf(tasks.openTasks("moscow-1", 10, null).tasks()));
    }

    @Test
    void removingOneKindLeavesTheOthersAsTheyWere() {
        Episode episode = episode();
        Touch sms = touch(episode, 0, TouchStatus.SENT);
        ConsentChange granted = new ConsentChange(ANNA, Channel.EMAIL, true, NOW, "api", "v1");
        CallTask task = task(CallTask.idOf(refs, ANNA, sms.id()));
        episodes.start(episode);
        touches.claim(sms);
        tasks.openTask(task);
        ledger.record(granted);

        ledger.delete(granted);
        tasks.deleteTask(task.id());

        assertEquals(List.of(), ledger.history(ANNA));
        assertEquals(Optional.empty(), tasks.task(task.id()));
        assertEquals(Optional.of(episode), episodes.episode(ANNA, episode.id()));
        assertEquals(Optional.of(sms), touches.touch(ANNA, sms.id()));

        touches.deleteTouch(ANNA, sms.id());
        episodes.deleteEpisode(ANNA, episode.id());

        assertEquals(List.of(), touches.touchesOf(ANNA));
        assertEquals(List.of(), episodes.episodesOf(ANNA));
        assertEquals(List.of(), episodes.dueBy(FELL_ASLEEP));
    }

    /** Active, its next step due the day she fell asleep; read back as version 1, the version a start writes. */
    private static Episode episode() {
        return new Episode(ANNA, new Trigger.FellAsleep().on(FELL_ASLEEP).episodeId(), "sleep-1", 1,
                PurchaseBand.ONE, false, NOW, null, EpisodeStatus.ACTIVE, 1, FELL_ASLEEP, null, null, null,
                Deferrals.NONE, 1);
    }

    private static Touch touch(Episode episode, int step, TouchStatus status) {
        return new Touch(ANNA, episode.id(), step, status, status == TouchStatus.SENT ? Channel.SMS : null, NOW,
                null, null, null, null, null, null);
    }

    private static CallTask task(String id) {
        return new CallTask(id, ANNA, "moscow-1", "Анна", "+79161234567", "1", LocalDate.parse("2025-09-01"),
                new BigDecimal("1000.00"), 1, "Не приходит с 01.09.2025", NOW, NOW.plusSeconds(2 * 86_400),
                CallTask.OPEN, null, null, null);
    }
}
