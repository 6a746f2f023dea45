package io.winback.dynamo;

import io.winback.chain.Channel;
import io.winback.chain.Deferrals;
import io.winback.chain.Episode;
import io.winback.chain.EpisodeStatus;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.chain.Trigger;
import io.winback.config.WinbackConfig;
import io.winback.domain.PurchaseBand;
import io.winback.report.reactivation.StartedEpisode;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A settled touch costs no write in the byStart index: the index holds Anna's episodes alone, and the period's reader
 * (the sent log's, the dashboard's) still hands each episode over with the touches of the steps it took, read by their
 * keys; Boris's touch of another day's episode stays with that episode, Carl's episode of Anna's day (the same id)
 * has his touch alone, and a touch claimed for a step the episode has not yet moved past waits until it has. A touch filed in the index by an earlier version is listed once, not twice.
 */
class ATouchIsReadWithItsEpisodeWithoutAnEntryInTheStartIndexTest {
    private static final LocalDate DAY = LocalDate.parse("2025-11-20");
    private static final Instant NOW = Instant.parse("2025-11-20T11:06:40Z");
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of());
    private final String table = config.chains().chainsTable();
    private final DynamoEpisodes episodes = new DynamoEpisodes(LocalDynamo.client(), table, CapacityMeter.NONE, "test");
    private final DynamoTouches touches = new DynamoTouches(LocalDynamo.client(), table, CapacityMeter.NONE, "test");
    private final DynamoStartedEpisodes started = new DynamoStartedEpisodes(LocalDynamo.client(), table,
            CapacityMeter.NONE, "test");

    @Test
    void theIndexHoldsEpisodesAloneAndEachEpisodeComesWithItsTouches() {
        Episode annas = episode("C-1001", new Trigger.FellAsleep().on(DAY), 2);
        Episode annasBirthday = episode("C-1001", new Trigger.Birthday(0).on(DAY), 1);
        Episode boriss = episode("C-1002", new Trigger.FellAsleep().on(DAY.minusDays(3)), 1);
        Touch annasSms = settled(annas, 0);
        Touch annasCall = settled(annas, 1);
        Touch birthdaySms = settled(annasBirthday, 0);
        Touch borissSms = settled(boriss, 0);
        // Carl woke the same day in the same shard: his episode has Anna's id (the occasion's), his touch is his own.
        Episode carls = episode("C-1012", new Trigger.FellAsleep().on(DAY), 1);
        Touch carlsSms = settled(carls, 0);
        Touch borissNextBeingSent = new Touch(boriss.customerKey(), boriss.id(), 1, TouchStatus.SENDING, Channel.SMS,
                NOW, null, null, null, null, null, NOW);
        for (Episode episode : List.of(annas, annasBirthday, boriss, carls)) {
            episodes.start(episode);
        }
        for (Touch touch : List.of(annasSms, annasCall, birthdaySms, borissSms, borissNextBeingSent, carlsSms)) {
            touches.claim(touch);
        }

        assertEquals(4, indexed().size(), "the four episodes, none of the six touches");
        assertEquals(Map.of("C-1001 " + annas.id(), List.of(annasSms, annasCall),
                "C-1001 " + annasBirthday.id(), List.of(birthdaySms), "C-1002 " + boriss.id(), List.of(borissSms),
                "C-1012 " + carls.id(), List.of(carlsSms)), read(DAY.minusDays(5), DAY));
        assertEquals(Map.of("C-1001 " + annas.id(), List.of(annasSms, annasCall),
                "C-1001 " + annasBirthday.id(), List.of(birthdaySms), "C-1012 " + carls.id(), List.of(carlsSms)),
                read(DAY, DAY), "a period reads its own episodes, each with all its touches");
    }

    @Test
    void aTouchFiledInTheIndexByAnEarlierVersionIsListedOnce() {
        Episode annas = episode("C-1001", new Trigger.FellAsleep().on(DAY), 1);
        Touch sms = settled(annas, 0);
        episodes.start(annas);
        Map<String, AttributeValue> filedTheOldWay = new HashMap<>(TouchItems.item(sms));
        StartIndexItems.file(filedTheOldWay, sms.customerKey(), sms.episodeId());
        LocalDynamo.client().putItem(b -> b.tableName(table).item(filedTheOldWay));

        assertEquals(2, indexed().size());
        assertEquals(Map.of("C-1001 " + annas.id(), List.of(sms)), read(DAY, DAY));
    }

    private Map<String, List<Touch>> read(LocalDate from, LocalDate to) {
        Map<String, List<Touch>> read = new HashMap<>();
        List<StartedEpisode> all = new ArrayList<>();
        started.forEach(from, to, all::add);
        all.forEach(started -> read.put(started.episode().customerKey() + " " + started.episode().id(),
                started.touches()));
        assertEquals(all.size(), read.size(), "each episode once");
        return read;
    }

    private List<Map<String, AttributeValue>> indexed() {
        return LocalDynamo.client().scan(b -> b.tableName(table).indexName(ChainsTable.BY_START)).items();
    }

    /** Active, having taken {@code stepsTaken} steps. */
    private static Episode episode(String customer, Trigger.Occasion occasion, int stepsTaken) {
        return new Episode(customer, occasion.episodeId(), "chain-1", 1, PurchaseBand.ONE, false, NOW, null,
                EpisodeStatus.ACTIVE, stepsTaken, DAY, null, null, null, Deferrals.NONE, 1);
    }

    private static Touch settled(Episode episode, int step) {
        return new Touch(episode.customerKey(), episode.id(), step, TouchStatus.SENT, Channel.SMS, NOW, null, null,
                null, null, null, null);
    }
}
