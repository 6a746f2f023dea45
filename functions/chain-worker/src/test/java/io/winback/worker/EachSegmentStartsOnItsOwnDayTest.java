package io.winback.worker;

import io.winback.consent.Consent;
import io.winback.domain.SaleCustomer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** 2-3 purchases start the chain 80 days after the last visit, 4+ and VIP at 90. */
class EachSegmentStartsOnItsOwnDayTest {
    private final Shop shop = new Shop();

    @Test
    void twoOrThreePurchasesStartAtDay80() {
        shop.buys("C-few", "2026-08-01", "500");
        shop.buys("C-few", "2026-09-01", "500");
        shop.checkOn("2026-11-19");
        assertEquals(0, shop.smsTo("C-few").size(), "day 79");
        shop.checkOn("2026-11-20");
        assertEquals(1, shop.smsTo("C-few").size(), "day 80");
        assertEquals("sleep-2-3", shop.episodes("C-few").getFirst().chainId());
    }

    @Test
    void fourOrMoreAndVipStartAtDay90() {
        for (String day : new String[]{"2026-06-01", "2026-07-01", "2026-08-01", "2026-09-01"}) {
            shop.buys("C-many", day, "500");
        }
        shop.buys("C-vip", "2026-09-01", "500", "0", new SaleCustomer("C-vip", "+79160000001", null, null, null,
                null, null, true, new Consent(true, null)));
        shop.checkOn("2026-11-29");
        assertEquals(0, shop.outbox.messages().size(), "day 89");
        shop.checkOn("2026-11-30");
        assertEquals(1, shop.smsTo("C-many").size(), "day 90");
        assertEquals(2, shop.outbox.messages().size());
        assertEquals("sleep-VIP", shop.episodes("C-vip").getFirst().chainId());
    }
}
