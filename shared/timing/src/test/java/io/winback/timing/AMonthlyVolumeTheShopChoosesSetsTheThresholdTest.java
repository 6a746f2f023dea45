package io.winback.timing;

import io.winback.sleep.CustomerVisitDays;
import io.winback.sleep.PurchaseHistory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shop that wants a tenth fewer of the playbook's monthly wake-ups (a smaller budget) or a fifth more (a bigger
 * one) sets TIMING_MONTHLY_VOLUME: the threshold moves up or down so that, over the last year and with the card's
 * bounds (the floor, four months at the latest), as many of 5,000 CDNOW customers fall asleep as it asked. Half is
 * fewer than the silences that reach four months (asleep by any rule): it gets the least the model can; ten times as
 * many is more than it puts to sleep at any threshold: it gets the most it can.
 */
class AMonthlyVolumeTheShopChoosesSetsTheThresholdTest {
    private static final LocalDate RUN_DAY = LocalDate.of(1998, 6, 30);

    @Test
    void halfTheVolumeRaisesTheThresholdAndTwiceLowersIt() throws IOException {
        List<CustomerVisitDays> customers = Cdnow.masterVisitDays().subList(0, 5_000);
        int day = Math.toIntExact(RUN_DAY.toEpochDay());
        List<CustomerHistory> histories = new ArrayList<>();
        for (CustomerVisitDays customer : customers) {
            PurchaseHistory history = customer.historyAsOf(day);
            if (history != null) {
                histories.add(new CustomerHistory(customer.key(), history));
            }
        }
        var model = BgNbdFit.of(histories).model();

        var asThePlaybook = PlaybookVolumeThreshold.of(customers, RUN_DAY, model, PlaybookSleep.DEFAULT);
        long playbook = asThePlaybook.playbookAsleep();
        var fewer = PlaybookVolumeThreshold.of(customers, RUN_DAY, model, PlaybookSleep.DEFAULT, playbook * 9 / 10);
        var half = PlaybookVolumeThreshold.of(customers, RUN_DAY, model, PlaybookSleep.DEFAULT, playbook / 2);
        var more = PlaybookVolumeThreshold.of(customers, RUN_DAY, model, PlaybookSleep.DEFAULT, playbook * 6 / 5);
        var tenTimes = PlaybookVolumeThreshold.of(customers, RUN_DAY, model, PlaybookSleep.DEFAULT, playbook * 10);

        assertTrue(fewer.choice().threshold() > asThePlaybook.choice().threshold(), fewer + " vs " + asThePlaybook);
        assertTrue(more.choice().threshold() < asThePlaybook.choice().threshold(), more + " vs " + asThePlaybook);
        assertEquals(playbook, asThePlaybook.choice().asleep(), playbook * 0.02, "the playbook's own volume");
        assertEquals(playbook * 0.9, fewer.choice().asleep(), playbook * 0.02, "a tenth fewer");
        assertTrue(half.choice().asleep() > playbook / 2 && half.choice().asleep() <= fewer.choice().asleep(),
                "the least the model can: " + half);
        assertEquals(playbook * 1.2, more.choice().asleep(), playbook * 0.02, "a fifth more");
        assertTrue(tenTimes.choice().asleep() < playbook * 10 && tenTimes.choice().asleep() >= more.choice().asleep(),
                "the most the model can: " + tenTimes);
    }
}
