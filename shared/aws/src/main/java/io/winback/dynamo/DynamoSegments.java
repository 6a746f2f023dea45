package io.winback.dynamo;

import io.winback.config.WinbackConfig;
import io.winback.domain.Standing;
import io.winback.segment.SegmentMemberships;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.Clock;

/** Segment upkeep wired to DynamoDB, the same way in every function that changes a customer's card. */
public final class DynamoSegments {
    private DynamoSegments() {
    }

    public static SegmentMemberships memberships(DynamoDbClient dynamo, WinbackConfig config, Clock clock,
                                                 CapacityMeter meter, String purpose) {
        String chains = config.chains().chainsTable();
        return new SegmentMemberships(new DynamoSegmentConfigurationStore(dynamo, chains, clock),
                new DynamoSegmentMemberships(dynamo, chains, meter, purpose),
                new DynamoPurchaseDays(dynamo, config.salesTable(), meter, purpose, config.shopZone()),
                new Standing.Policy(config.bands(), config.sleep(), config.chains().catchUp().maxLateDays()),
                config.shopZone());
    }
}
