package io.winback.worker;

import io.winback.chain.CallTask;
import io.winback.chain.CallTaskRule;
import io.winback.chain.Chain;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.domain.Customer;
import io.winback.domain.Segment;
import io.winback.domain.SegmentPolicy;

import java.time.Duration;
import java.util.List;

/** The call task a step opens: what staff see about the customer before they dial. */
final class CallTaskCard {
    private CallTaskCard() {
    }

    static CallTask of(Customer customer, String store, Touch touch, CallTaskRule rule, Chain chain, List<Touch> touches,
                       SegmentPolicy segments) {
        Segment segment = customer.segment(segments);
        int touchesSoFar = (int) touches.stream()
                .filter(t -> t.status() == TouchStatus.SENT || t.status() == TouchStatus.UNKNOWN).count();
        String reason = "Не приходит с " + customer.stats().lastVisitDay() + ": цепочка " + chain.id()
                + ", шаг " + (touch.step() + 1) + " / Not back since " + customer.stats().lastVisitDay();
        return new CallTask(CallTask.idOf(customer.key(), touch.id()), customer.key(), store, customer.profile().name(),
                customer.profile().phone(), segment == null ? null : segment.label(), customer.stats().lastVisitDay(),
                customer.stats().averageCheck(), touchesSoFar, reason, touch.at(),
                touch.at().plus(Duration.ofDays(rule.deadlineDays())), CallTask.OPEN, null, null, null);
    }
}
