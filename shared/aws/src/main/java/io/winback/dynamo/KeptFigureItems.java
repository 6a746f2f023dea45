package io.winback.dynamo;

import io.winback.domain.PurchaseBand;
import io.winback.report.reactivation.KeptFigure;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * The campaign report's kept figures as Chains table items: {@code kept#<yyyy-MM>} / {@code <day entered>#<chain>#
 * <band>#<t|h>}, one small item per group (a few hundred bytes: short counter names, {@code a.n}, {@code 0.se}), each
 * counter a number attribute added to with ADD in the transaction that makes the change it counts, so one change of
 * an episode costs one more item in its transaction. A month is one partition: the report reads a
 * period with one Query per month, whatever the number of episodes and touches.
 */
final class KeptFigureItems {
    static final String PREFIX = "kept#";
    private static final String NO_BAND = "-";

    private KeptFigureItems() {
    }

    static String partition(YearMonth month) {
        return PREFIX + month;
    }

    static Map<String, AttributeValue> key(KeptFigure.Key key) {
        return Map.of(ChainsTable.PK, AttributeValue.fromS(partition(YearMonth.from(key.entered()))),
                ChainsTable.SK, AttributeValue.fromS(key.entered() + "#" + key.chainId() + "#"
                        + (key.band() == null ? NO_BAND : key.band().label()) + "#" + (key.holdout() ? "h" : "t")));
    }

    /** Adds {@code counters} (negative ones take away) to the figure at {@code key}, as a transaction's write. */
    static TransactWriteItem add(KeptFigure.Key key, Map<String, BigDecimal> counters, String table) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        StringBuilder update = new StringBuilder("ADD ");
        int i = 0;
        for (Map.Entry<String, BigDecimal> counter : counters.entrySet()) {
            if (i > 0) {
                update.append(", ");
            }
            names.put("#c" + i, counter.getKey());
            values.put(":c" + i, AttributeValue.fromN(counter.getValue().toPlainString()));
            update.append("#c").append(i).append(" :c").append(i);
            i++;
        }
        return TransactWriteItem.builder().update(u -> u.tableName(table).key(key(key))
                .updateExpression(update.toString()).expressionAttributeNames(names)
                .expressionAttributeValues(values)).build();
    }

    /** The figure an item holds; its place is read back from the sort key, from both ends (a chain id may hold '#'). */
    static KeptFigure figure(Map<String, AttributeValue> item) {
        String sk = item.get(ChainsTable.SK).s();
        LocalDate day = LocalDate.parse(sk.substring(0, 10));
        String rest = sk.substring(11);
        int groupAt = rest.lastIndexOf('#');
        int bandAt = rest.lastIndexOf('#', groupAt - 1);
        String band = rest.substring(bandAt + 1, groupAt);
        KeptFigure.Key key = new KeptFigure.Key(day, rest.substring(0, bandAt),
                band.equals(NO_BAND) ? null : PurchaseBand.fromLabel(band), rest.substring(groupAt + 1).equals("h"));
        Map<String, BigDecimal> counters = new HashMap<>();
        item.forEach((name, value) -> {
            if (value.n() != null) {
                counters.put(name, new BigDecimal(value.n()));
            }
        });
        return new KeptFigure(key, counters);
    }
}
