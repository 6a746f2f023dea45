package io.winback.dynamo;

import io.winback.access.SignInFailures;
import io.winback.access.SignInThrottle;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Failed console sign-ins in the Chains table, one item per source ({@code signin#<source>} / {@code failures}: how
 * many, the last one's time in epoch milliseconds), expiring on their own (the table's TTL) a day after the last, long after any wait.
 */
public final class DynamoSignInFailures implements SignInFailures {
    private static final String SK = "failures";
    private static final String COUNT = "count";
    private static final String LAST = "lastAt";
    private static final Duration KEPT = Duration.ofDays(1);

    private final MeteredChainsTable chains;

    public DynamoSignInFailures(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.chains = new MeteredChainsTable(dynamo, table, meter, purpose);
    }

    private static Map<String, AttributeValue> key(String source) {
        return Map.of(ChainsTable.PK, AttributeValue.fromS("signin#" + source), ChainsTable.SK, AttributeValue.fromS(SK));
    }

    @Override
    public SignInThrottle.Failures of(String source) {
        return chains.get(key(source)).map(item -> new SignInThrottle.Failures(
                Integer.parseInt(item.get(COUNT).n()), Instant.ofEpochMilli(Long.parseLong(item.get(LAST).n()))))
                .orElse(SignInThrottle.Failures.NONE);
    }

    @Override
    public void failed(String source, Instant at, boolean restart) {
        chains.upsertIf(key(source), (restart ? "SET #count = :one" : "ADD #count :one")
                        + (restart ? ", " : " SET ") + "#last = :at, #expires = :expires",
                "attribute_not_exists(#last) OR #last <= :at",
                Map.of("#count", COUNT, "#last", LAST, "#expires", DynamoAppliedSaleMarkers.EXPIRES_AT),
                Map.of(":one", AttributeValue.fromN("1"), ":at", AttributeValue.fromN(Long.toString(at.toEpochMilli())),
                        ":expires", AttributeValue.fromN(Long.toString(at.plus(KEPT).getEpochSecond()))));
    }

    @Override
    public void cleared(String source) {
        chains.delete(key(source));
    }
}
