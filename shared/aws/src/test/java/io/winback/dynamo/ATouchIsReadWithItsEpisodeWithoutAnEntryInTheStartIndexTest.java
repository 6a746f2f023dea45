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
 * (the sent log's, the dashboard's) still hands each episode over with its own touches, read from her partition; Boris's
 * touch of another day's episode stays with that episode. A touch filed in the index by an earlier version is listed
 * once, not twice.
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
        Episode annas = episode("C-1001", new Trigger.FellAsleep().on(DAY));
        Episode annasBirthday = episode("C-1001", new Trigger.Birthday(0).on(DAY));
        Episode boriss = episode("C-1002", new Trigger.FellAsleep().on(DAY.minusDays(3)));
        Touch annasSms = settled(annas, 0);
        Touch annasCall = settled(annas, 1);
        Touch birthdaySms = settled(annasBirthday, 0);
        Touch borissSms = settled(boriss, 0);
        for (Episode episode : List.of(annas, annasBirthday, boriss)) {
            episodes.start(episode);
        }
        for (Touch touch : List.of(annasSms, annasCall, birthdaySms, borissSms)) {
            touches.claim(touch);
        }

        assertEquals(3, indexed().size(), "the three episodes, none of the four touches");
        assertEquals(Map.of(annas.id(), List.of(annasSms, annasCall), annasBirthday.id(), List.of(birthdaySms),
                boriss.id(), List.of(borissSms)), read(DAY.minusDays(5), DAY));
        assertEquals(Map.of(annas.id(), List.of(annasSms, annasCall), annasBirthday.id(), List.of(birthdaySms)),
                read(DAY, DAY), "a period reads its own episodes, each with all its touches");
    }

    @Test
    void aTouchFiledInTheIndexByAnEarlierVersionIsListedOnce() {
        Episode annas = episode("C-1001", new Trigger.FellAsleep().on(DAY));
        Touch sms = settled(annas, 0);
        episodes.start(annas);
        Map<String, AttributeValue> filedTheOldWay = new HashMap<>(TouchItems.item(sms));
        StartIndexItems.file(filedTheOldWay, sms.customerKey(), sms.episodeId());
        LocalDynamo.client().putItem(b -> b.tableName(table).item(filedTheOldWay));

        assertEquals(2, indexed().size());
        assertEquals(Map.of(annas.id(), List.of(sms)), read(DAY, DAY));
    }

    private Map<String, List<Touch>> read(LocalDate from, LocalDate to) {
        Map<String, List<Touch>> read = new HashMap<>();
        List<StartedEpisode> all = new ArrayList<>();
        started.forEach(from, to, all::add);
        all.forEach(episode -> read.put(episode.episode().id(), episode.touches()));
        assertEquals(all.size(), read.size(), "each episode once");
        return read;
    }

    private List<Map<String, AttributeValue>> indexed() {
        return LocalDynamo.client().scan(b -> b.tableName(table).indexName(ChainsTable.BY_START)).items();
    }

    private static Episode episode(String customer, Trigger.Occasion occasion) {
        return new Episode(customer, occasion.episodeId(), "chain-1", 1, PurchaseBand.ONE, false, NOW, null,
                EpisodeStatus.ACTIVE, 1, DAY, null, null, null, Deferrals.NONE, 1);
    }

    private static Touch settled(Episode episode, int step) {
        return new Touch(episode.customerKey(), episode.id(), step, TouchStatus.SENT, Channel.SMS, NOW, null, null,
                null, null, null, null);
    }
}
