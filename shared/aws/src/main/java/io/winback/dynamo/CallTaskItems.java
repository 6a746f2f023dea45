package io.winback.dynamo;

import io.winback.domain.PurchaseBand;
import io.winback.money.Money;
import io.winback.tasks.CallTask;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static io.winback.dynamo.Attributes.instant;
import static io.winback.dynamo.Attributes.number;
import static io.winback.dynamo.Attributes.putNumber;
import static io.winback.dynamo.Attributes.putObject;
import static io.winback.dynamo.Attributes.putText;
import static io.winback.dynamo.Attributes.text;
import static io.winback.dynamo.Attributes.wholeNumber;

/**
 * A call task as a Chains table item ({@code task#<id>} / {@code task}, see {@link ChainsTable}), with the attributes
 * that file it in the byTaskQueue (by store) and byOpenTask (all stores) lists.
 */
final class CallTaskItems {
    static final String PREFIX = "task#";
    static final String SK = "task";
    static final String TASK_ID = "taskId";
    static final String CUSTOMER_KEY = "customerKey";
    static final String STORE = "store";
    static final String NAME = "name";
    static final String PHONE = "phone";
    static final String BAND = "segment";
    static final String LAST_VISIT_DAY = "lastVisitDay";
    static final String AVERAGE_CHECK = "averageCheck";
    static final String TOUCHES_SO_FAR = "touchesSoFar";
    static final String REASON = "reason";
    static final String SPENT = "spent";
    static final String SCRIPT = "script";
    static final String CREATED_AT = "createdAt";
    static final String DEADLINE = "deadline";
    static final String STATUS = "status";
    static final String OUTCOME = "outcome";
    static final String COMMENT = "comment";
    static final String DONE_AT = "doneAt";
    /** The task's origin ({@link CallTask.Origin}): the counters its open and close add to. */
    static final String CHAIN_ID = "chainId";
    static final String ENTERED_ON = "enteredOn";
    static final String STEP = "step";
    static final String EPISODE_BAND = "episodeSegment";

    private CallTaskItems() {
    }

    static Map<String, AttributeValue> key(String taskId) {
        return Map.of(ChainsTable.PK, AttributeValue.fromS(PREFIX + taskId), ChainsTable.SK, AttributeValue.fromS(SK));
    }

    /**
     * The byOpenTask partition of every store's tasks in {@code status}: {@code open}, or {@code done} for the closed
     * ones (the index kept its first name when closed tasks joined it, since renaming an index replaces it).
     */
    static String allStores(String status) {
        return status;
    }

    /** The byTaskQueue partition of a store's tasks in {@code status}; tasks of no known store share the one of "". */
    static String queue(String status, String store) {
        return status + "#" + (store == null ? "" : store);
    }

    /** The sort key of a done task in its lists: when it was closed, then its id (read newest first). */
    static String doneSort(Instant doneAt, String taskId) {
        return doneAt + "#" + taskId;
    }

    static Map<String, AttributeValue> item(CallTask t) {
        Map<String, AttributeValue> item = new HashMap<>(key(t.id()));
        putText(item, TASK_ID, t.id());
        putText(item, CUSTOMER_KEY, t.customerKey());
        putText(item, STORE, t.store());
        putText(item, NAME, t.name());
        putText(item, PHONE, t.phone());
        putText(item, BAND, t.band());
        putObject(item, LAST_VISIT_DAY, t.lastVisitDay());
        putNumber(item, AVERAGE_CHECK, t.averageCheck());
        putNumber(item, TOUCHES_SO_FAR, t.touchesSoFar());
        putText(item, REASON, t.reason());
        putObject(item, CREATED_AT, t.createdAt());
        putObject(item, DEADLINE, t.deadline());
        putText(item, STATUS, t.status());
        putText(item, OUTCOME, t.outcome());
        putText(item, COMMENT, t.comment());
        putObject(item, DONE_AT, t.doneAt());
        putNumber(item, SPENT, t.spent());
        putText(item, SCRIPT, t.script());
        if (t.origin() != null) {
            putText(item, CHAIN_ID, t.origin().chainId());
            putObject(item, ENTERED_ON, t.origin().enteredOn());
            putNumber(item, STEP, t.origin().step());
            putText(item, EPISODE_BAND, t.origin().band() == null ? null : t.origin().band().label());
        }
        // Tasks by store and of all stores: open ones soonest deadline first (of those due together, the customer
        // who spent most first: a campaign's call list), done ones by when they were closed.
        putText(item, ChainsTable.TASK_QUEUE, queue(t.status(), t.store()));
        putText(item, ChainsTable.OPEN_TASK, allStores(t.status()));
        putText(item, ChainsTable.TASK_SORT, t.isOpen() ? t.deadline() + "#" + valueRank(t.spent()) + "#" + t.id()
                : doneSort(t.doneAt(), t.id()));
        return item;
    }

    static CallTask task(Map<String, AttributeValue> item) {
        String lastVisit = text(item, LAST_VISIT_DAY);
        return new CallTask(text(item, TASK_ID), text(item, CUSTOMER_KEY), text(item, STORE), text(item, NAME),
                text(item, PHONE), text(item, BAND), lastVisit == null ? null : LocalDate.parse(lastVisit),
                averageCheck(number(item, AVERAGE_CHECK)), (int) wholeNumber(item, TOUCHES_SO_FAR, 0),
                text(item, REASON), instant(item, CREATED_AT), instant(item, DEADLINE), text(item, STATUS),
                text(item, OUTCOME), text(item, COMMENT), instant(item, DONE_AT), money(number(item, SPENT)),
                text(item, SCRIPT), origin(item));
    }

    private static CallTask.Origin origin(Map<String, AttributeValue> item) {
        String chain = text(item, CHAIN_ID);
        String entered = text(item, ENTERED_ON);
        if (chain == null || entered == null) {
            return null;
        }
        String band = text(item, EPISODE_BAND);
        return new CallTask.Origin(chain, LocalDate.parse(entered), (int) wholeNumber(item, STEP, 0),
                band == null ? null : PurchaseBand.fromLabel(band));
    }

    /**
     * Sorts a greater spend first among tasks of one deadline: kopecks counted down from a bound no shop reaches,
     * fixed width; no spend known sorts last.
     */
    static String valueRank(BigDecimal spent) {
        long kopecks = spent == null ? 0 : Math.max(0, spent.movePointRight(2).longValue());
        return String.format("%016d", Math.max(0, 9_999_999_999_999_999L - kopecks));
    }

    private static BigDecimal money(BigDecimal kept) {
        return kept == null ? null : kept.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /** DynamoDB keeps 1450.50 as 1450.5; staff read money with its kopecks, as Money shows an amount kept. */
    private static BigDecimal averageCheck(BigDecimal kept) {
        return kept == null ? null : Money.asKept(kept);
    }
}
