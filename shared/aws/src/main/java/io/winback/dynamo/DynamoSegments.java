package io.winback.dynamo;

import io.winback.domain.Standing;
import io.winback.segment.SegmentMemberships;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;
import java.time.ZoneId;

/** Segment upkeep wired to DynamoDB, the same way in every function that changes a customer's card. */
public final class DynamoSegments {
    private DynamoSegments() {
    }

    /**
     * @param standing where a customer stands, by the shop's bands, sleep days and days late at most
     * @param zone     the shop's time zone: which day a receipt, and a segment's evaluation, falls on
     */
    public static SegmentMemberships memberships(DynamoDbClient dynamo, String chainsTable, String salesTable,
                                                 Standing.Policy standing, ZoneId zone, Clock clock,
                                                 CapacityMeter meter, String purpose) {
        return new SegmentMemberships(new DynamoSegmentConfigurationStore(dynamo, chainsTable, clock),
                new DynamoSegmentMemberships(dynamo, chainsTable, meter, purpose),
                new DynamoPurchaseDays(dynamo, salesTable, meter, purpose, zone), standing, zone);
    }
}
