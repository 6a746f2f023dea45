package io.winback.timing;

import io.winback.sleep.BgNbd;
import io.winback.sleep.PurchaseHistory;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The job refits every day; on unchanged data the parameters, and so every sleep day, must not move, not even in the
 * last bit, whatever order the customers are read in. Above the sample cap the sample is picked by the ids' hash.
 */
class ARefitOnTheSameCustomersChangesNothingTest {
    private static final BgNbd TRUTH = new BgNbd(0.5, 30, 0.7, 3.0);

    @Test
    void fittingTheSameCustomersInAnotherOrderGivesBitIdenticalParameters() {
        List<CustomerHistory> customers = customers(3_000);
        List<CustomerHistory> shuffled = new ArrayList<>(customers);
        Collections.shuffle(shuffled, new Random(7));

        BgNbdFit first = BgNbdFit.of(customers);
        BgNbdFit again = BgNbdFit.of(customers);
        BgNbdFit reordered = BgNbdFit.of(shuffled);

        assertEquals(first, again);
        assertEquals(first, reordered); // records compare their doubles bit for bit
        assertEquals(3_000, first.customersUsed());
    }

    @Test
    void aboveTheCapTheSameCustomersAreSampledWhateverTheirOrder() {
        List<CustomerHistory> customers = customers(5_000);
        List<CustomerHistory> shuffled = new ArrayList<>(customers);
        Collections.shuffle(shuffled, new Random(11));

        BgNbdFit fit = BgNbdFit.of(customers, 1_000);
        BgNbdFit reordered = BgNbdFit.of(shuffled, 1_000);

        assertEquals(1_000, fit.customersUsed());
        assertEquals(5_000, fit.customersGiven());
        assertEquals(fit, reordered);
        Set<String> sampled = ids(StableSample.of(customers, 1_000));
        assertEquals(sampled, ids(StableSample.of(shuffled, 1_000)));
        assertNotEquals(ids(customers.subList(0, 1_000)), sampled); // picked by hash, not by position
        assertNotEquals(fit.model(), BgNbdFit.of(customers).model()); // the sample really is a part
    }

    private static Set<String> ids(List<CustomerHistory> customers) {
        return customers.stream().map(CustomerHistory::id).collect(Collectors.toSet());
    }

    private static List<CustomerHistory> customers(int n) {
        List<CustomerHistory> customers = new ArrayList<>();
        int i = 0;
        for (SimulatedShop.Customer c : new SimulatedShop(TRUTH, 3).customers(n, 30, 540, 0)) {
            // whole days, as the job will have them: identical histories group together
            PurchaseHistory h = c.atAge();
            customers.add(new CustomerHistory("customer-" + i++, new PurchaseHistory(h.repeatPurchases(),
                    Math.floor(h.lastAt()), Math.floor(h.age()))));
        }
        return customers;
    }
}
