package io.winback.chain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How a call staff made went, as they record it when closing the task. A closed set, so the shop's reports can
 * count them: free text belongs in the comment.
 */
public enum CallOutcome {
    /** Spoke to the customer. */
    REACHED("reached"),
    NO_ANSWER("no_answer"),
    /** The customer does not want to be called or to come back. */
    REFUSED("refused"),
    /** The customer said they will come: the call's best result. */
    WILL_COME("will_come");

    private final String wireName;

    CallOutcome(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<CallOutcome> fromWireName(String name) {
        return Arrays.stream(values()).filter(o -> o.wireName.equals(name)).findFirst();
    }

    public static List<String> wireNames() {
        return Arrays.stream(values()).map(CallOutcome::wireName).toList();
    }
}
