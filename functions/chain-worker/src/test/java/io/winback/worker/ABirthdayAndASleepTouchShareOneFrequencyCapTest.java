package io.winback.worker;

import io.winback.chain.Episode;
import io.winback.config.WinbackConfig;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One touch a week at most, across every chain: the customer hears the sleep chain on 5 December; their birthday
 * (10 December, greeted 3 days before) starts on the 7th, but its SMS waits until a week after the sleep touch.
 */
class ABirthdayAndASleepTouchShareOneFrequencyCapTest {
    private final Shop shop = Shop.storingChains(Map.of(WinbackConfig.FREQUENCY_CAP_TOUCHES, "1",
            WinbackConfig.FREQUENCY_CAP_DAYS, "7"));

    @Test
    void theBirthdayGreetingWaitsForTheWeekAfterTheSleepTouch() {
        shop.storeChains(BirthdayGreetings.sleepChain(1), BirthdayGreetings.greeting(3, 7));
        BirthdayGreetings.buysBornOn(shop, "C-1", "2026-09-30", "1990-12-10");

        for (String day : List.of("2026-12-05", "2026-12-06", "2026-12-07", "2026-12-08", "2026-12-09",
                "2026-12-10", "2026-12-11", "2026-12-12")) {
            shop.checkOn(day);
        }

        List<Instant> sent = shop.smsTo("C-1").stream().map(m -> m.at()).toList();
        assertEquals(2, sent.size(), "the sleep SMS, then the birthday's");
        assertEquals(Shop.at("2026-12-05"), sent.get(0));
        assertEquals(Shop.at("2026-12-12"), sent.get(1), "a week after the sleep touch, not on the 7th");
        Episode birthday = shop.episodes("C-1").stream().filter(e -> e.id().equals("birthday@2026-12-10"))
                .findFirst().orElseThrow();
        assertEquals(Map.of("frequency_cap", 1), birthday.deferrals().of(0),
                "put off once, by the cap");
    }
}
