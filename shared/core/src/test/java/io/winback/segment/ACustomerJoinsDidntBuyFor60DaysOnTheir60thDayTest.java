package io.winback.segment;

import io.winback.domain.Customer;
import io.winback.domain.Sales;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "Didn't buy for 60 days": a customer who bought on 1 March is out until 30 April, the evaluation says so on any
 * day before, they are in on that day, and a sale on 2 May takes them out again with the next 60th day named.
 */
class ACustomerJoinsDidntBuyFor60DaysOnTheir60thDayTest {
    private static final ZoneId ZONE = GeneratedCustomers.SHOP_ZONE;
    private final SegmentConfiguration configuration = SegmentConfiguration.NONE.with(new SegmentDefinition(
            "lapsed-60", "Не покупали 60 дней", 0, new Condition.DaysSinceLastPurchase(Comparison.AT_LEAST, 60)));

    @Test
    void outBeforeTheDayInOnItAndOutAgainAfterASale() {
        Customer customer = Customer.firstSeen("c1").apply(Sales.sale("s1", "c1", "2026-03-01T12:00:00+03:00", "900"),
                java.time.Instant.parse("2026-03-01T09:00:01Z"), ZONE);

        SegmentEvaluation onTheTenth = evaluate(customer, LocalDate.parse("2026-04-10"));
        assertEquals(Set.of(), onTheTenth.members());
        assertEquals(LocalDate.parse("2026-04-30"), onTheTenth.nextFlip());

        SegmentEvaluation onTheDay = evaluate(customer, onTheTenth.nextFlip());
        assertEquals(Set.of("lapsed-60"), onTheDay.members());
        assertEquals(null, onTheDay.nextFlip(), "60 days or more holds for good, until a sale");

        Customer bought = customer.apply(Sales.sale("s2", "c1", "2026-05-02T10:00:00+03:00", "500"),
                java.time.Instant.parse("2026-05-02T07:00:01Z"), ZONE);
        SegmentEvaluation afterTheSale = evaluate(bought, LocalDate.parse("2026-05-02"));
        assertEquals(Set.of(), afterTheSale.members());
        assertEquals(LocalDate.parse("2026-07-01"), afterTheSale.nextFlip());
    }

    private SegmentEvaluation evaluate(Customer customer, LocalDate day) {
        return SegmentEvaluation.of(configuration, new CustomerFacts(customer, day, GeneratedCustomers.noonOf(day),
                GeneratedCustomers.STANDING, Map.of(), Set.of()));
    }
}
