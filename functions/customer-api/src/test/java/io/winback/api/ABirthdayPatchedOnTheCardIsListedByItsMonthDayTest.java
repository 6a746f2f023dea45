package io.winback.api;

import io.winback.dynamo.CapacityMeter;
import io.winback.dynamo.DynamoBirthdayIndex;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.time.MonthDay;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The birthday chains find a card by the month-day of its birthday: a PATCH that sets it lists the card under that
 * month-day (and no other), a changed birthday moves it, an archived card or a cleared birthday leaves the index.
 */
class ABirthdayPatchedOnTheCardIsListedByItsMonthDayTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();
    private final DynamoBirthdayIndex index = new DynamoBirthdayIndex(LocalDynamo.client(),
            fixture.config.customersTable(), CapacityMeter.NONE, "test");

    @Test
    void thePatchedBirthdayIsInTheIndexUntilItChangesOrTheCardIsArchived() {
        assertEquals(List.of(), index.bornBetween(MonthDay.of(1, 1), MonthDay.of(12, 31)), "no birthday yet");

        assertEquals(200, fixture.patch("C-1001", "{\"birthday\":\"1996-02-29\"}").getStatusCode());
        assertEquals(List.of("C-1001"), index.bornBetween(MonthDay.of(2, 28), MonthDay.of(2, 29)));
        assertEquals(List.of(), index.bornBetween(MonthDay.of(2, 28), MonthDay.of(2, 28)));
        assertEquals(List.of(), index.bornBetween(MonthDay.of(3, 1), MonthDay.of(3, 1)));

        assertEquals(200, fixture.patch("C-1001", "{\"birthday\":\"1990-03-10\"}").getStatusCode());
        assertEquals(List.of(), index.bornBetween(MonthDay.of(2, 29), MonthDay.of(2, 29)));
        assertEquals(List.of("C-1001"), index.bornBetween(MonthDay.of(3, 10), MonthDay.of(3, 10)));

        assertEquals(200, fixture.patch("C-1001", "{\"status\":\"archive\"}").getStatusCode());
        assertEquals(List.of(), index.bornBetween(MonthDay.of(3, 10), MonthDay.of(3, 10)), "archived: greeted no more");
        assertEquals(200, fixture.patch("C-1001", "{\"status\":\"active\"}").getStatusCode());
        assertEquals(List.of("C-1001"), index.bornBetween(MonthDay.of(3, 10), MonthDay.of(3, 10)));

        assertEquals(200, fixture.patch("C-1001", "{\"birthday\":null}").getStatusCode());
        assertEquals(List.of(), index.bornBetween(MonthDay.of(1, 1), MonthDay.of(12, 31)), "cleared: gone");
    }
}
