package io.winback.sqs;

import io.winback.chain.WorkItem;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every kind of work item the check queues comes out of the queue as it went in, a customer's several occasions of a
 * day too, nested in one body; a body the check never writes is refused with what is wrong, so the queue parks it.
 */
class EveryWorkItemGoesThroughTheQueueAsItWasQueuedTest {
    private static final Instant RUN = Instant.parse("2027-03-11T07:00:00Z");
    private static final LocalDate DAY = LocalDate.parse("2027-03-11");

    @Test
    void eachKindAndSeveralTogetherReadBackEqual() {
        WorkItem asleep = new WorkItem.DecideSleeper("C-1", DAY, RUN);
        WorkItem birthday = new WorkItem.DecideBirthday("C-1", DAY.plusDays(3), RUN);
        WorkItem refill = new WorkItem.DecideRefill("C-1", "корм для собак", DAY.minusDays(2), RUN);
        WorkItem lens = new WorkItem.DecideCrossSell("C-1", "camera", DAY.minusDays(3), List.of("S-1", "S-2"), RUN);
        WorkItem several = new WorkItem.DecideOccasions("C-1", List.of(asleep, birthday, refill, lens), RUN);
        WorkItem step = new WorkItem.AdvanceEpisode("C-1", "replenishment:dogfood/2027-01-04@2027-03-11", RUN);

        for (WorkItem item : List.of(asleep, birthday, refill, lens, several, step)) {
            assertEquals(item, WorkItemJson.read(WorkItemJson.write(item)), WorkItemJson.write(item));
        }
    }

    @Test
    void bodiesTheCheckNeverWritesAreRefusedWithWhatIsWrong() {
        String noGroup = "{\"type\":\"decide-refill\",\"customerKey\":\"C-1\",\"due\":\"2027-03-11\","
                + "\"runTime\":\"2027-03-11T07:00:00Z\"}";
        String none = "{\"type\":\"decide-occasions\",\"customerKey\":\"C-1\",\"occasions\":[],"
                + "\"runTime\":\"2027-03-11T07:00:00Z\"}";
        String unknownInside = "{\"type\":\"decide-occasions\",\"customerKey\":\"C-1\",\"occasions\":[{\"type\":"
                + "\"decide-anything\",\"customerKey\":\"C-1\",\"runTime\":\"2027-03-11T07:00:00Z\"}],"
                + "\"runTime\":\"2027-03-11T07:00:00Z\"}";

        assertTrue(assertThrows(IllegalArgumentException.class, () -> WorkItemJson.read(noGroup)).getMessage()
                .contains("group"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WorkItemJson.read(none)).getMessage()
                .contains("without occasions"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WorkItemJson.read(unknownInside)).getMessage()
                .contains("decide-anything"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> WorkItemJson.read("{not json")).getMessage()
                .startsWith("unreadable work item"));
    }
}
