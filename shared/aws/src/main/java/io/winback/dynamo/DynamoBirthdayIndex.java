package io.winback.dynamo;

import io.winback.chain.BirthdayIndex;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.MonthDay;
import java.util.List;

/**
 * The sparse byBirthday index of the Customers table: one Query per shard with a range on the month-day (one
 * month-day, or 28-29 February together), never a Scan, so a day's read costs what it finds.
 */
public final class DynamoBirthdayIndex implements BirthdayIndex {
    private final ShardedDayIndex index;

    /** {@code purpose} names the caller in the capacity meter, e.g. "check". */
    public DynamoBirthdayIndex(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.index = new ShardedDayIndex(dynamo, table, TableDefinitions.CUSTOMERS_BY_BIRTHDAY,
                CustomerItems.BIRTHDAY_SHARD, CustomerItems.BIRTHDAY_MONTH_DAY, CustomerItems.SLEEP_SHARDS, meter,
                purpose);
    }

    @Override
    public List<String> bornBetween(MonthDay first, MonthDay last) {
        return index.between(CustomerItems.monthDayKey(first), CustomerItems.monthDayKey(last),
                item -> item.get(CustomerItems.CUSTOMER_KEY).s());
    }
}
