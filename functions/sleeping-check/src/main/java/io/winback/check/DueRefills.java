package io.winback.check;

import io.winback.chain.RefillIndex;
import io.winback.chain.RefillIndexRefresh;
import io.winback.chain.RefillSchedule;
import io.winback.chain.WorkItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The refill reminders due on a day: first the due days of any group whose chains or cycle changed are brought up
 * to date ({@link RefillIndexRefresh}, nothing when none did), then the index is read for the week up to the day
 * (one Query per shard): a reminder a missed run left is still there and goes out late rather than never, up to
 * {@link RefillSchedule#DAYS_LATE_AT_MOST} days; the worker takes a decided one out of the index.
 */
final class DueRefills {
    private final RefillIndexRefresh refresh;
    private final RefillIndex index;

    DueRefills(RefillIndexRefresh refresh, RefillIndex index) {
        this.refresh = refresh;
        this.index = index;
    }

    List<WorkItem> on(LocalDate day, Instant runTime) {
        refresh.refresh(day);
        return index.dueBetween(day.minusDays(RefillSchedule.DAYS_LATE_AT_MOST), day).stream()
                .<WorkItem>map(due -> new WorkItem.DecideRefill(due.customerKey(), due.group(), due.day(), runTime))
                .toList();
    }
}
