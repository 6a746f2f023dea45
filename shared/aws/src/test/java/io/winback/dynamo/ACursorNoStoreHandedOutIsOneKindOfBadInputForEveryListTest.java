package io.winback.dynamo;

import io.winback.config.WinbackConfig;
import io.winback.tasks.CallTask;
import io.winback.testing.LocalDynamo;
import io.winback.validation.InvalidCursorException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A cursor a store did not hand out, for a customer's sales history or for a list of call tasks, is refused with the
 * one exception the APIs turn into a 400 on {@code cursor}: one class for every paged list, in the core.
 */
class ACursorNoStoreHandedOutIsOneKindOfBadInputForEveryListTest {
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of());

    @Test
    void theSalesHistoryAndTheCallTaskListsRefuseItAlike() {
        var sales = new DynamoSalesStore(LocalDynamo.client(), config.salesTable(), CapacityMeter.NONE,
                config.shopZone());
        var tasks = new DynamoCallTasks(LocalDynamo.client(), config.chains().chainsTable(), CapacityMeter.NONE,
                "test");

        InvalidCursorException history = assertThrows(InvalidCursorException.class,
                () -> sales.historyOf("C-1", 10, "not-a-cursor"));
        InvalidCursorException list = assertThrows(InvalidCursorException.class,
                () -> tasks.tasks(CallTask.OPEN, "12", 10, "not-a-cursor"));

        assertEquals("cursor is not one this API returned", history.getMessage());
        assertEquals("cursor is not one this API returned", list.getMessage());
    }
}
