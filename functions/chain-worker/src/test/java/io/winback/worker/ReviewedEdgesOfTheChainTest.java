package io.winback.worker;

import io.winback.chain.EpisodeStatus;
import io.winback.chain.TouchStatus;
import io.winback.consent.Consent;
import io.winback.domain.CustomerProfile;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.domain.SaleType;
import io.winback.messages.SendResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Edges found in review: a receipt that arrives after the chain started for a purchase made before it, a number
 * opted out at SNS while the profile still says yes, and the bonus of a touch that never reached anyone.
 */
class ReviewedEdgesOfTheChainTest {
    private final Shop shop = new Shop();

    @Test
    void aLateReceiptOfAPurchaseBeforeTheFirstSmsEndsTheEpisodeWithoutConversion() {
        shop.buys("C-1", "2026-09-30", "900");
        shop.checkOn("2026-12-05");
        // Bought at 09:30, before the 10:00 check; the offline till sent the receipt in the afternoon.
        shop.record(new Sale("late-1", SaleType.SALE, null, "moscow-1", OffsetDateTime.parse("2026-12-05T09:30:00+03:00"),
                Shop.contact("C-1", true, null, false), List.of(), new BigDecimal("500.00"), "RUB",
                new BigDecimal("0.00")));

        shop.checkOn("2026-12-12");

        assertEquals(1, shop.smsTo("C-1").size(), "no second SMS: the customer came back");
        var episode = shop.episodes("C-1").getFirst();
        assertEquals(EpisodeStatus.EXITED, episode.status());
        assertNull(episode.conversion(), "the purchase came before the SMS: not its effect");
    }

    @Test
    void aNumberOptedOutAtSnsIsTriedOnceEvenWhenTheProfileStillSaysYes() {
        shop.buys("C-1", "2026-09-30", "900", "0", Shop.contact("C-1", true, "anna@example.com", true));
        // Consent given "later" than anything the worker stamps: its withdrawal cannot override the profile.
        var customer = shop.customer("C-1");
        CustomerProfile p = customer.profile();
        var asOf = new HashMap<>(p.asOf());
        asOf.put("consentSms", CustomerProfile.asOfToken(Instant.parse("2100-01-01T00:00:00Z").toEpochMilli(), "api"));
        shop.customers.saveIfUnchanged(customer.withProfile(new CustomerProfile(p.phone(), p.email(), p.cardNumber(),
                p.name(), p.gender(), p.birthday(), p.vip(), true, p.consentEmail(), asOf, p.withdrawals())), shop.clock.instant());
        AtomicInteger smsAttempts = new AtomicInteger();
        shop.outbox.answerWith(touchId -> {
            smsAttempts.incrementAndGet();
            return smsAttempts.get() == 1 ? new SendResult.OptedOut() : null;
        });

        shop.checkOn("2026-12-05");

        assertEquals(2, smsAttempts.get(), "one SMS attempt, then the email");
        assertEquals("email", shop.outbox.messages().getFirst().channel());
        assertEquals(TouchStatus.SENT, shop.touches("C-1").getFirst().status());
    }

    @Test
    void aTouchThatReachedNobodyGrantsNoBonus() {
        shop.buys("C-1", "2026-09-30", "900");
        shop.buys("C-2", "2026-09-30", "900", "0", new SaleCustomer("C-2", "+79160000002", null, null, null, null,
                null, null, new Consent(true, null)));
        shop.outbox.answerWith(touchId -> touchId.startsWith(shop.refOf("C-1") + "/") ? new SendResult.NotSent("InvalidParameter", false)
                : new SendResult.OptedOut());

        shop.checkOn("2026-12-05");

        assertEquals(TouchStatus.FAILED, shop.touches("C-1").getFirst().status());
        assertEquals(TouchStatus.SKIPPED, shop.touches("C-2").getFirst().status());
        assertEquals(List.of(), shop.customer("C-1").bonuses().grants());
        assertEquals(List.of(), shop.customer("C-2").bonuses().grants());
    }

    @Test
    void aCustomerWhoBuysBeforeStaffCallIsTakenOffTheCallList() {
        shop.buys("C-1", "2026-09-30", "900");
        for (String day : List.of("2026-12-05", "2026-12-12", "2026-12-19")) {
            shop.checkOn(day);
        }
        var open = shop.callTasks.openTasks("moscow-1", 10, null).tasks();
        assertEquals(1, open.size());
        shop.buys("C-1", "2026-12-20", "700");

        shop.checkOn("2026-12-26");

        assertEquals(EpisodeStatus.CONVERTED, shop.episodes("C-1").getFirst().status());
        assertEquals(List.of(), shop.callTasks.openTasks("moscow-1", 10, null).tasks());
        var closed = shop.callTasks.task(open.getFirst().id()).orElseThrow();
        assertEquals("came_back", closed.outcome());
    }

    @Test
    void afterTheSleepThresholdChangesAWaitingCustomerMovesToTheNewDay() {
        shop.buys("C-1", "2026-09-30", "900"); // asleep on 05.12 at 66 days
        var env = new HashMap<String, String>();
        env.put(io.winback.config.WinbackConfig.SALES_TABLE, shop.config.salesTable());
        env.put(io.winback.config.WinbackConfig.CUSTOMERS_TABLE, shop.config.customersTable());
        env.put(io.winback.config.WinbackConfig.CHAINS_TABLE, shop.config.chains().chainsTable());
        env.put(io.winback.config.WinbackConfig.HOLDOUT_PERCENT, "0");
        env.put(io.winback.config.WinbackConfig.SLEEP_DAYS_ONE, "70"); // now asleep on 09.12
        var config = io.winback.config.WinbackConfig.from(env);
        var worker = new ChainWorkerHandler(io.winback.testing.LocalDynamo.client(), config, shop.clock,
                new PlaybookConfigurations(), shop.outbox, shop.outbox, (k, c) -> "http://x/", io.winback.dynamo.CapacityMeter.NONE);
        var item = new io.winback.chain.WorkItem.DecideSleeper("C-1", java.time.LocalDate.parse("2026-12-05"),
                Instant.parse("2026-12-05T07:00:00Z"));
        worker.handleRequest(io.winback.sqs.SqsEvents.ofWorkItems(List.of(item), "m"), null);

        assertEquals(List.of(), shop.episodes("C-1"), "not asleep yet by the new threshold");
        assertEquals(List.of(new io.winback.domain.CustomerStore.Sleeper("C-1", java.time.LocalDate.parse("2026-12-09"))),
                new io.winback.dynamo.DynamoCustomerStore(io.winback.testing.LocalDynamo.client(), config.customersTable(),
                        new io.winback.dynamo.CustomerItems(config.bands(), config.sleep()),
                        io.winback.dynamo.CapacityMeter.NONE, "test").undecidedSleepersBy(java.time.LocalDate.parse("2026-12-31")),
                "the index now holds the new day");
    }
}
