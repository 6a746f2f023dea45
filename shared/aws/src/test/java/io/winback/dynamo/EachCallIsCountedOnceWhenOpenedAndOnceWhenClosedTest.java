package io.winback.dynamo;

import io.winback.config.WinbackConfig;
import io.winback.domain.PurchaseBand;
import io.winback.tasks.CallCounts;
import io.winback.tasks.CallOutcome;
import io.winback.tasks.CallTask;
import io.winback.tasks.CallTasks;
import io.winback.tasks.CountedCalls;
import io.winback.testing.InterceptedDynamo;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * A call task is opened once and closed once, whatever the retries: the counters the campaign report sums are added
 * to in the same transaction as the open and the close, so an open retried, a close retried, and two staff closing
 * one task at once count once, and many closes of one day's calls at once (all on one counter) each count. The
 * report reads the counters of a period with one Query per month: as many items for 60 tasks as for 600.
 */
class EachCallIsCountedOnceWhenOpenedAndOnceWhenClosedTest {
    private static final Instant NOW = Instant.parse("2026-11-20T11:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2026-11-06");
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of());
    private final String table = config.chains().chainsTable();
    private final DynamoCallTasks tasks = new DynamoCallTasks(LocalDynamo.client(), table, CapacityMeter.NONE, "test");

    @Test
    void anOpenOrACloseRetriedCountsOnce() {
        CallTask task = task("t-1", "sleep-1", DAY, 2);
        tasks.openTask(task);
        tasks.openTask(task);
        assertInstanceOf(CallTasks.TaskClosing.Closed.class, tasks.closeTask("t-1", CallOutcome.WILL_COME, "в субботу",
                NOW));
        assertInstanceOf(CallTasks.TaskClosing.AlreadyClosed.class, tasks.closeTask("t-1", CallOutcome.WILL_COME,
                "в субботу", NOW.plusSeconds(1)));
        assertInstanceOf(CallTasks.TaskClosing.AlreadyClosed.class, tasks.closeTask("t-1", CallOutcome.REFUSED, null,
                NOW.plusSeconds(2)));

        CallCounts counted = counted(DAY, DAY);
        assertEquals(1, counted.opened());
        assertEquals(1, counted.of(CallOutcome.WILL_COME));
        assertEquals(0, counted.of(CallOutcome.REFUSED), "the retry's other outcome was refused, and not counted");
        assertEquals(0, counted.stillOpen());
        CallTask stored = tasks.task("t-1").orElseThrow();
        assertEquals(new CallTask.Origin("sleep-1", DAY, 2, PurchaseBand.ONE), stored.origin(), "kept on the item");
        assertEquals("will_come", stored.outcome());
    }

    @Test
    void twoStaffClosingEachTaskAtOnceAndEveryCloseOfTheDayAtOnceCountAsAFullRecountOfTheTasks() throws Exception {
        int count = 24;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add("t-" + i);
            tasks.openTask(task("t-" + i, "sleep-1", DAY, 2));
        }
        CallOutcome[] outcomes = {CallOutcome.REACHED, CallOutcome.NO_ANSWER, CallOutcome.REFUSED, CallOutcome.WILL_COME};
        AtomicInteger closedNow = new AtomicInteger();
        List<Callable<Void>> closes = new ArrayList<>();
        for (int i = 0; i < count - 3; i++) {
            String id = ids.get(i);
            for (int writer = 0; writer < 2; writer++) {
                // Two staff, two outcomes: whichever is first stands.
                CallOutcome outcome = outcomes[(i + writer) % outcomes.length];
                closes.add(() -> {
                    if (tasks.closeTask(id, outcome, null, NOW) instanceof CallTasks.TaskClosing.Closed) {
                        closedNow.incrementAndGet();
                    }
                    return null;
                });
            }
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Void> done : pool.invokeAll(closes)) {
                done.get();
            }
        }
        assertEquals(count - 3, closedNow.get(), "one close of each task succeeded");

        Map<CallOutcome, Long> recount = new EnumMap<>(CallOutcome.class);
        long open = 0;
        for (String id : ids) {
            CallTask stored = tasks.task(id).orElseThrow();
            if (stored.isOpen()) {
                open++;
            } else {
                recount.merge(outcomeOf(stored.outcome()), 1L, Long::sum);
            }
        }
        CallCounts counted = counted(DAY, DAY);
        assertEquals(count, counted.opened());
        assertEquals(new CallCounts(count, recount), counted, "the counters are the tasks' recount");
        assertEquals(open, counted.stillOpen());
        assertEquals(3, open);
    }

    @Test
    void theReportReadsOneQueryPerMonthAndAsManyItemsForTenTimesTheTasks() {
        AtomicInteger queries = new AtomicInteger();
        AtomicInteger itemsRead = new AtomicInteger();
        var counting = InterceptedDynamo.of(LocalDynamo.client(), (request, real) -> {
            Object answer = real.call();
            if (request instanceof QueryRequest && answer instanceof QueryResponse response) {
                queries.incrementAndGet();
                itemsRead.addAndGet(response.count());
            }
            return answer;
        });
        DynamoCountedCalls reader = new DynamoCountedCalls(counting, table, CapacityMeter.NONE, "test");
        LocalDate from = LocalDate.parse("2026-11-01");
        openAcrossThreeDaysAndTwoChains(0, 60);
        Map<String, Long> few = readAll(reader, from);
        int queriesForFew = queries.getAndSet(0);
        int itemsForFew = itemsRead.getAndSet(0);
        openAcrossThreeDaysAndTwoChains(60, 600);
        Map<String, Long> many = readAll(reader, from);

        assertEquals(60L, few.values().stream().mapToLong(Long::longValue).sum());
        assertEquals(600L, many.values().stream().mapToLong(Long::longValue).sum());
        assertEquals(1, queriesForFew, "one month, one Query");
        assertEquals(6, itemsForFew, "3 days × 2 chains, whatever the tasks");
        assertEquals(queriesForFew, queries.get());
        assertEquals(itemsForFew, itemsRead.get(), "ten times the tasks, the same reads");
        assertEquals(Map.of("sleep-1", 300L, "campaign:spring", 300L), many);
    }

    private void openAcrossThreeDaysAndTwoChains(int from, int to) {
        for (int i = from; i < to; i++) {
            tasks.openTask(task("s-" + i, i % 2 == 0 ? "sleep-1" : "campaign:spring", DAY.plusDays(i % 3), 1));
        }
    }

    private static Map<String, Long> readAll(DynamoCountedCalls reader, LocalDate from) {
        Map<String, Long> opened = new HashMap<>();
        reader.forEach(from, from.plusDays(29), day -> opened.merge(day.chainId(), day.counts().opened(), Long::sum));
        return opened;
    }

    private CallCounts counted(LocalDate from, LocalDate to) {
        CallCounts[] sum = {CallCounts.NONE};
        new DynamoCountedCalls(LocalDynamo.client(), table, CapacityMeter.NONE, "test")
                .forEach(from, to, (CountedCalls.DayCalls day) -> sum[0] = sum[0].plus(day.counts()));
        return sum[0];
    }

    private static CallOutcome outcomeOf(String wireName) {
        for (CallOutcome outcome : CallOutcome.values()) {
            if (outcome.wireName().equals(wireName)) {
                return outcome;
            }
        }
        throw new AssertionError(wireName);
    }

    private static CallTask task(String id, String chain, LocalDate entered, int step) {
        return new CallTask(id, "C-" + id, "moscow-1", "Анна", "+79161234567", "1", LocalDate.parse("2026-09-01"),
                null, 1, "Не приходит с 01.09.2026", NOW, NOW.plusSeconds(2 * 86_400), CallTask.OPEN, null, null,
                null, null, null, new CallTask.Origin(chain, entered, step, PurchaseBand.ONE));
    }
}
