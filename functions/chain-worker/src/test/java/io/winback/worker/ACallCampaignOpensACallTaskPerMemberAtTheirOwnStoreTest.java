package io.winback.worker;

import io.winback.config.WinbackConfig;
import io.winback.domain.Sale;
import io.winback.tasks.CallTask;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A campaign of one step, a call within 3 days and nothing sent: the call list. Twelve customers of Moscow-1 and
 * eight of Saint Petersburg are in the segment; at the start each gets one open call task, filed under the store
 * they visit most, with their summary and the script in their language; no SMS goes out. Staff of each store read
 * only their own list, the customer who spent most first (the deadlines are all the same).
 */
class ACallCampaignOpensACallTaskPerMemberAtTheirOwnStoreTest {
    static final String CAMPAIGN = """
            {"id": "call-regulars", "name": "Обзвон постоянных", "segment": "regulars",
             "at": "2026-12-10T10:00:00+03:00", "holdoutPercent": 0,
             "steps": [{"offsetDays": 0, "call": {"deadlineDays": 3, "script": {
               "ru": "Здравствуйте! Давно вас не видели: для вас скидка 10 % до конца недели.",
               "en": "Hello! We have missed you: 10 % off for you until the end of the week."}}}]}""";

    @Test
    void eachStoreGetsTheCallsOfItsOwnCustomersAndNobodyIsMessaged() {
        Shop shop = Shop.storingChains(Map.of(WinbackConfig.API_TOKENS, CampaignDesk.TOKEN));
        List<String> moscow = IntStream.range(0, 12).mapToObj(i -> "MSK-" + i).toList();
        List<String> petersburg = IntStream.range(0, 8).mapToObj(i -> "SPB-" + i).toList();
        // Moscow's customers spent 2,000 to 3,100: the list comes most valuable first.
        IntStream.range(0, 12).forEach(i -> shop.buys(moscow.get(i), "2026-11-20", Integer.toString(2000 + 100 * i)));
        for (String key : petersburg) {
            Sale sale = Shop.sale(key, "2026-11-20", "2000", "0", Shop.contact(key, true, null, false));
            shop.record(new Sale(sale.saleId(), sale.type(), sale.originalSaleId(), "spb-1", sale.occurredAt(),
                    sale.customer(), sale.lines(), sale.total(), sale.currency(), sale.bonusRedeemed()));
        }
        CampaignDesk desk = new CampaignDesk(shop);
        desk.segmentOfSpent("regulars", 1000);
        desk.createCampaign(CAMPAIGN);

        assertEquals(List.of(), shop.checkOn("2026-12-10"));

        assertEquals(List.of(), shop.outbox.messages(), "a call list sends nothing");
        List<CallTask> moscowCalls = shop.callTasks.tasks(CallTask.OPEN, "moscow-1", 100, null).tasks();
        List<CallTask> petersburgCalls = shop.callTasks.tasks(CallTask.OPEN, "spb-1", 100, null).tasks();
        assertEquals(moscow.reversed(), moscowCalls.stream().map(CallTask::customerKey).toList(),
                "most spent first");
        assertEquals(0, new java.math.BigDecimal("3100.00").compareTo(moscowCalls.getFirst().spent()));
        assertEquals(petersburg.stream().sorted().toList(),
                petersburgCalls.stream().map(CallTask::customerKey).sorted().toList());
        for (CallTask task : petersburgCalls) {
            assertEquals("Анна", task.name());
            assertTrue(task.phone().startsWith("+7916"), task.phone());
            assertEquals("Кампания «Обзвон постоянных»", task.reason(), "the campaign by its name, not its id");
            assertEquals("Здравствуйте! Давно вас не видели: для вас скидка 10 % до конца недели.", task.script());
            assertEquals(java.time.Duration.ofDays(3), java.time.Duration.between(task.createdAt(), task.deadline()));
        }
        assertEquals(20, desk.campaign("call-regulars").path("entered").asLong());
    }
}
