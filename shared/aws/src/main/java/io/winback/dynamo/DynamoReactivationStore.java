package io.winback.dynamo;

import io.winback.chain.Episode;
import io.winback.chain.Episodes;
import io.winback.chain.ReactivationStore;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.chain.Touches;
import io.winback.consent.ConsentChange;
import io.winback.consent.ConsentLedger;
import io.winback.tasks.CallOutcome;
import io.winback.tasks.CallTask;
import io.winback.tasks.CallTasks;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * TEMPORARY, for the chain worker only (see {@link ReactivationStore}): {@link DynamoEpisodes}, {@link DynamoTouches},
 * {@link DynamoCallTasks} and {@link DynamoConsentLedger} behind the one composite port, each call handed to the
 * adapter of its concern. Delete it with {@link ReactivationStore}.
 */
public final class DynamoReactivationStore implements ReactivationStore {
    private final Episodes episodes;
    private final Touches touches;
    private final CallTasks tasks;
    private final ConsentLedger consent;

    public DynamoReactivationStore(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.episodes = new DynamoEpisodes(dynamo, table, meter, purpose);
        this.touches = new DynamoTouches(dynamo, table, meter, purpose);
        this.tasks = new DynamoCallTasks(dynamo, table, meter, purpose);
        this.consent = new DynamoConsentLedger(dynamo, table, meter, purpose);
    }

    @Override
    public Optional<Episode> episode(String customerKey, String episodeId) {
        return episodes.episode(customerKey, episodeId);
    }

    @Override
    public List<Episode> episodesOf(String customerKey) {
        return episodes.episodesOf(customerKey);
    }

    @Override
    public boolean start(Episode episode) {
        return episodes.start(episode);
    }

    @Override
    public boolean saveIfUnchanged(Episode episode) {
        return episodes.saveIfUnchanged(episode);
    }

    @Override
    public List<DueEpisode> dueBy(LocalDate day) {
        return episodes.dueBy(day);
    }

    @Override
    public void deleteEpisode(String customerKey, String episodeId) {
        episodes.deleteEpisode(customerKey, episodeId);
    }

    @Override
    public Optional<Touch> touch(String customerKey, String touchId) {
        return touches.touch(customerKey, touchId);
    }

    @Override
    public List<Touch> touchesOf(String customerKey) {
        return touches.touchesOf(customerKey);
    }

    @Override
    public boolean claim(Touch touch) {
        return touches.claim(touch);
    }

    @Override
    public boolean advance(Touch touch, TouchStatus expected) {
        return touches.advance(touch, expected);
    }

    @Override
    public void deleteTouch(String customerKey, String touchId) {
        touches.deleteTouch(customerKey, touchId);
    }

    @Override
    public void openTask(CallTask task) {
        tasks.openTask(task);
    }

    @Override
    public TaskPage tasks(String status, String store, int limit, String cursor) {
        return tasks.tasks(status, store, limit, cursor);
    }

    @Override
    public Optional<CallTask> task(String taskId) {
        return tasks.task(taskId);
    }

    @Override
    public TaskClosing closeTask(String taskId, CallOutcome outcome, String comment, Instant doneAt) {
        return tasks.closeTask(taskId, outcome, comment, doneAt);
    }

    @Override
    public void deleteTask(String taskId) {
        tasks.deleteTask(taskId);
    }

    @Override
    public void record(ConsentChange change) {
        consent.record(change);
    }

    @Override
    public List<ConsentChange> history(String customerKey) {
        return consent.history(customerKey);
    }

    @Override
    public void delete(ConsentChange change) {
        consent.delete(change);
    }
}
