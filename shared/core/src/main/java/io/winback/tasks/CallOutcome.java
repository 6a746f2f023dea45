package io.winback.tasks;

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
    WILL_COME("will_come"),
    /** Not for staff to choose: the customer bought before anyone called, so the chain closed the task. */
    CAME_BACK("came_back", false);

    private final String wireName;
    private final boolean staffChoice;

    CallOutcome(String wireName) {
        this(wireName, true);
    }

    CallOutcome(String wireName, boolean staffChoice) {
        this.wireName = wireName;
        this.staffChoice = staffChoice;
    }

    public String wireName() {
        return wireName;
    }

    /** An outcome staff may record; the ones the chain records itself are not among them. */
    public static Optional<CallOutcome> fromWireName(String name) {
        return Arrays.stream(values()).filter(o -> o.staffChoice && o.wireName.equals(name)).findFirst();
    }

    /** The outcomes staff may record. */
    public static List<String> wireNames() {
        return Arrays.stream(values()).filter(o -> o.staffChoice).map(CallOutcome::wireName).toList();
    }
}
