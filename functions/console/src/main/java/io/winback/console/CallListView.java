package io.winback.console;

import java.util.List;

/**
 * The call list page: the open calls soonest deadline first, today's closed calls, and for a manager (the owner)
 * every store's outcomes; {@code store} is the list shown (null: every store), {@code stores} those to choose from.
 */
public record CallListView(String store, List<String> stores, List<TaskRow> open, List<ClosedRow> closedToday,
                           List<StoreOutcomes> byStore, String nextCursor) {
    public CallListView {
        stores = List.copyOf(stores);
        open = List.copyOf(open);
        closedToday = List.copyOf(closedToday);
        byStore = List.copyOf(byStore);
    }
}
