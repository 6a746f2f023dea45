package io.winback.dynamo;

import io.winback.domain.PurchaseBand;
import io.winback.tasks.CallCounts;
import io.winback.tasks.CallOutcome;
import io.winback.tasks.CallTask;
import io.winback.tasks.CountedCalls;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import static io.winback.dynamo.Attributes.text;
import static io.winback.dynamo.Attributes.wholeNumber;

/**
 * The call counters as Chains table items: {@code callcount#<yyyy-MM>} / {@code <day entered>#<chain>#<step>#<band>},
 * holding {@code opened} and one number per {@link CallOutcome} wire name. A month is one partition, so the report
 * reads a period with one Query per month over the days' sort keys, whatever the number of tasks.
 */
final class CallCountItems {
    static final String PREFIX = "callcount#";
    static final String OPENED = "opened";
    /** The band part of the sort key when the episode's band is not known. */
    private static final String NO_BAND = "-";

    private CallCountItems() {
    }

    static String partition(YearMonth month) {
        return PREFIX + month;
    }

    static Map<String, AttributeValue> key(CallTask.Origin origin) {
        String band = origin.band() == null ? NO_BAND : origin.band().label();
        return Map.of(ChainsTable.PK, AttributeValue.fromS(partition(YearMonth.from(origin.enteredOn()))),
                ChainsTable.SK, AttributeValue.fromS(origin.enteredOn() + "#" + origin.chainId() + "#"
                        + origin.step() + "#" + band));
    }

    /** One more call opened ({@link #OPENED}) or closed as an outcome (its wire name), in a transaction's write. */
    static TransactWriteItem add(CallTask.Origin origin, String counter, String table) {
        Map<String, String> names = new HashMap<>(Map.of("#n", counter, "#chain", CallTaskItems.CHAIN_ID,
                "#entered", CallTaskItems.ENTERED_ON, "#step", CallTaskItems.STEP));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(":one", AttributeValue.fromN("1"),
                ":chain", AttributeValue.fromS(origin.chainId()),
                ":entered", AttributeValue.fromS(origin.enteredOn().toString()),
                ":step", AttributeValue.fromN(Integer.toString(origin.step()))));
        String set = "SET #chain = :chain, #entered = :entered, #step = :step";
        if (origin.band() != null) {
            names.put("#band", CallTaskItems.EPISODE_BAND);
            values.put(":band", AttributeValue.fromS(origin.band().label()));
            set += ", #band = :band";
        }
        String update = set + " ADD #n :one";
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(key(origin)).updateExpression(update)
                .expressionAttributeNames(names).expressionAttributeValues(values)).build();
    }

    static CountedCalls.DayCalls dayCalls(Map<String, AttributeValue> item) {
        Map<CallOutcome, Long> closed = new EnumMap<>(CallOutcome.class);
        for (CallOutcome outcome : CallOutcome.values()) {
            closed.put(outcome, wholeNumber(item, outcome.wireName(), 0));
        }
        String band = text(item, CallTaskItems.EPISODE_BAND);
        return new CountedCalls.DayCalls(LocalDate.parse(text(item, CallTaskItems.ENTERED_ON)),
                text(item, CallTaskItems.CHAIN_ID), (int) wholeNumber(item, CallTaskItems.STEP, 0),
                band == null ? null : PurchaseBand.fromLabel(band),
                new CallCounts(wholeNumber(item, OPENED, 0), closed));
    }
}
