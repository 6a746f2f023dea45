package io.winback.timingjob;

import io.winback.config.WinbackConfig;
import io.winback.testing.CdnowCards;
import io.winback.testing.InterceptedDynamo;
import io.winback.testing.LocalDynamo;
import io.winback.timing.BgNbdFit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Invocations die: here every fourth slice of the timing run fails after its read (and, in the refresh, its
 * rewrites), just before its outcome is recorded. SQS delivers the failed slice again; the run resumes from it and
 * ends with the decision and every sleep day of the job in one invocation.
 */
class ATimingRunInterruptedMidSliceFinishesWhenTheSliceIsDeliveredAgainTest {
    private final WinbackConfig sliced = LocalDynamo.freshTables(Map.of());
    private final WinbackConfig whole = LocalDynamo.freshTables(Map.of());
    private int outcomes;

    @Test
    void theRunFinishesWithTheDecisionAndTheSleepDaysOfOneInvocation() throws Exception {
        CdnowCards.save(sliced, 1_500, SlicedTimingRuns.NOW);
        CdnowCards.save(whole, 1_500, SlicedTimingRuns.NOW);

        SlicedTimingRuns queue = new SlicedTimingRuns();
        DynamoDbClient dying = failingEveryFourthOutcome();
        queue.handler(dying, sliced, 3, BgNbdFit.SAMPLE_CAP).handleRequest(SlicedTimingRuns.SCHEDULE, null);
        int failures = 0;
        while (!queue.bodies.isEmpty()) {
            String body = queue.bodies.peek();
            try {
                queue.handler(dying, sliced, 3, BgNbdFit.SAMPLE_CAP)
                        .handleRequest(SlicedTimingRuns.delivery(body), null);
                queue.bodies.remove(body);
            } catch (IllegalStateException died) {
                failures++;
            }
        }
        SlicedTimingRuns.oneInvocation(whole).handleRequest(SlicedTimingRuns.SCHEDULE, null);

        assertTrue(failures >= 5, "invocations that died: " + failures);
        assertEquals(SlicedTimingRuns.store(whole).current(), SlicedTimingRuns.store(sliced).current());
        assertEquals(SlicedTimingRuns.store(whole).report(), SlicedTimingRuns.store(sliced).report());
        assertEquals(SlicedTimingRuns.sleepDays(whole), SlicedTimingRuns.sleepDays(sliced));
    }

    /** The real client, except that every fourth slice outcome put (a conditional put of a "slice#" item) fails. */
    private DynamoDbClient failingEveryFourthOutcome() {
        return InterceptedDynamo.of(LocalDynamo.client(), (request, real) -> {
            if (request instanceof PutItemRequest put && put.item().get("sk") != null
                    && put.item().get("sk").s().contains("#slice#") && ++outcomes % 4 == 0) {
                throw new IllegalStateException("invocation died before recording its slice");
            }
            return real.call();
        });
    }
}
