package io.winback.api;

import io.winback.tasks.CallTask;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoTombstones;
import io.winback.erasure.CustomerErasure;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chain step already in flight when C-1001 was erased writes its touch and opens its call task (name and phone)
 * under their key a moment after the erasure finished. The DELETE sent again finds and erases both, and answers as
 * the first one did. A task is found whatever its touch's status (the worker opens the task before it marks the touch).
 */
class ADeleteSentAgainSweepsWhatAStepInFlightWroteTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();

    @Test
    void theSecondDeleteErasesTheTouchAndTheTaskWrittenAfterTheFirst() {
        CustomerErasure erasure = fixture.erasureOver(fixture.customers, java.time.Clock.fixed(CustomerApiFixture.NOW,
                java.time.ZoneOffset.UTC), List.of());
        var first = assertInstanceOf(CustomerErasure.Outcome.Erased.class, erasure.erase("C-1001"));

        Touch claimed = new Touch("C-1001", "fell-asleep@2025-11-20", 2, TouchStatus.CLAIMED, null,
                CustomerApiFixture.NOW, null, null, CustomerApiFixture.NOW.plus(Duration.ofDays(7)), null, null, null);
        fixture.touches.claim(claimed);
        String taskId = CallTask.idOf(fixture.config.chains().customerRefs(), "C-1001", claimed.id());
        fixture.tasks.openTask(new CallTask(taskId, "C-1001", "moscow-1", "Анна", "+79161234567", "1",
                LocalDate.parse("2025-09-01"), new BigDecimal("1000.00"), 2, "Не приходит с 01.09.2025",
                CustomerApiFixture.NOW, CustomerApiFixture.NOW.plus(Duration.ofDays(2)), CallTask.OPEN, null, null,
                null));

        var again = assertInstanceOf(CustomerErasure.Outcome.Erased.class, erasure.erase("C-1001"));

        assertFalse(again.now());
        assertEquals(first.tombstone(), again.tombstone(), "the answer is the first erasure's");
        assertTrue(fixture.tasks.task(taskId).isEmpty(), "the task with her name and phone is gone");
        assertEquals(List.of(), fixture.touches.touchesOf("C-1001"), "nothing left under her key");
        assertTrue(new DynamoTombstones(LocalDynamo.client(), fixture.config.customersTable(), CapacityMeter.NONE,
                "test").find(fixture.config.erasedKeys().pseudonymOf("C-1001")).orElseThrow().finished());
        assertEquals(List.of(), fixture.tasks.openTasks(null, 10, null).tasks());
    }
}
