package io.winback.worker;

import io.winback.bonus.BonusGrant;
import io.winback.chain.EpisodeStatus;
import io.winback.chain.TouchStatus;
import io.winback.messages.Outbox;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The retailer's playbook for a one-purchase customer, checked day by day: nothing on day 65; on day 66 a 100 bonus
 * valid 7 days and the SMS naming its last day; on day 73 180 and a second SMS; on day 80 a call task; then the
 * episode completes when the last window closes.
 */
class OneTimeBuyerIsWonBackByThePlaybookTest {
    private final Shop shop = new Shop();

    @Test
    void day66BringsTheBonusAndTheSmsDay73TheSecondDay80TheCall() {
        shop.buys("C-1", "2026-09-30", "900");

        shop.checkOn("2026-12-04");
        assertEquals(List.of(), shop.outbox.messages(), "day 65: nobody is asleep yet");

        shop.checkOn("2026-12-05");
        List<Outbox.Message> first = shop.smsTo("C-1");
        assertEquals(1, first.size());
        assertEquals("Дарим вам 100 рублей на покупки до 11.12. Ждем вас за покупкой!", first.getFirst().text());
        BonusGrant grant = shop.customer("C-1").bonuses().grants().getFirst();
        assertEquals(0, new BigDecimal("100").compareTo(grant.amount()));
        assertEquals(Instant.parse("2026-12-11T20:59:00Z"), grant.validUntil(), "valid through 11.12 23:59 Moscow");
        assertEquals(0, new BigDecimal("100").compareTo(shop.customer("C-1").bonuses().balance(Shop.at("2026-12-06"))));

        for (LocalDate day = LocalDate.parse("2026-12-06"); day.isBefore(LocalDate.parse("2026-12-12")); day = day.plusDays(1)) {
            shop.checkOn(day.toString());
        }
        assertEquals(1, shop.smsTo("C-1").size(), "nothing between the steps");

        shop.checkOn("2026-12-12");
        List<Outbox.Message> second = shop.smsTo("C-1");
        assertEquals(2, second.size());
        assertEquals("Дарим 180 рублей на покупку в нашем магазине до 18.12.", second.get(1).text());

        shop.checkOn("2026-12-19");
        assertEquals(2, shop.smsTo("C-1").size(), "the third step is a call, not a message");
        List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> tasks = tasks();
        assertEquals(1, tasks.size());
        assertEquals("open", tasks.getFirst().get("status").s());
        assertEquals("moscow-1", tasks.getFirst().get("store").s());
        assertEquals("2026-12-21T07:00:00Z", tasks.getFirst().get("deadline").s(), "two days to call");
        assertEquals("2", tasks.getFirst().get("touchesSoFar").n());

        shop.checkOn("2026-12-26");
        var episode = shop.episodes("C-1").getFirst();
        assertEquals(EpisodeStatus.COMPLETED, episode.status());
        assertEquals(List.of(TouchStatus.SENT, TouchStatus.SENT, TouchStatus.CALL_TASK),
                shop.touches("C-1").stream().map(t -> t.status()).toList());
        shop.checkOn("2026-12-27");
        assertEquals(1, tasks().size());
        assertEquals(2, shop.smsTo("C-1").size());
    }

    @Test
    void beforeTheSleepDayNothingHappensAndTheCustomerStaysInTheIndex() {
        shop.buys("C-2", "2026-09-30", "900");
        shop.checkOn("2026-12-04");
        assertEquals(List.of(), shop.episodes("C-2"));
        assertEquals(1, shop.customers.undecidedSleepersBy(LocalDate.parse("2026-12-05")).size());
        shop.checkOn("2026-12-05");
        assertEquals(List.of(), shop.customers.undecidedSleepersBy(LocalDate.parse("2026-12-05")),
                "decided customers leave the sleep index");
    }

    private List<Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue>> tasks() {
        return LocalDynamo.scan(shop.config.chains().chainsTable()).stream()
                .filter(item -> item.get("pk").s().startsWith("task#")).toList();
    }
}
