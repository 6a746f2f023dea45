package io.winback.sleep;

import io.winback.domain.Customer;
import io.winback.domain.PurchaseBandPolicy;
import io.winback.domain.SleepPolicy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static io.winback.domain.Sales.sale;

/** A shop with CDNOW's published BG/NBD parameters, in days, as the timing job would put them in force. */
final class Shops {
    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final PurchaseBandPolicy BANDS = PurchaseBandPolicy.DEFAULT;
    static final SleepPolicy PLAYBOOK = SleepPolicy.DEFAULT;
    static final Instant FITTED = Instant.parse("2026-11-01T03:00:00Z");

    private Shops() {
    }

    /** r = 0.243, α = 4.414 weeks, a = 0.793, b = 2.426; asleep once no purchase in 90 days is 80 % likely. */
    static TimingInForce.Model cdnowModel(double threshold) {
        return new TimingInForce.Model(0.243, 4.414 * 7, 0.793, 2.426, threshold, 90, LocalDate.of(2026, 11, 1),
                FITTED);
    }

    /** A customer who bought once on each of {@code days} (yyyy-MM-dd, at noon Moscow time). */
    static Customer boughtOn(String... days) {
        Customer customer = Customer.firstSeen("C-1");
        for (int i = 0; i < days.length; i++) {
            customer = customer.apply(sale("s" + i, "C-1", days[i] + "T12:00:00+03:00", "500"),
                    Instant.parse(days[i] + "T10:00:00Z"), MOSCOW);
        }
        return customer;
    }
}
