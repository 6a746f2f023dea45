package io.winback.worker;

import io.winback.tasks.CallTask;
import io.winback.consent.Consent;
import io.winback.domain.CustomerRefs;
import io.winback.domain.SaleCustomer;
import io.winback.log.JsonLog;
import io.winback.dynamo.ChainsTable;
import io.winback.messages.Outbox;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A customer known only by their phone has the phone as their key. Whatever leaves Winback under an id (the touch id
 * the SMS and email providers keep, the {@code X-Winback-Touch} header, a call task's id in a URL) and every log line
 * of their chain name them by a keyed hash instead.
 */
class NoPhoneLeavesWinbackInsideAnIdTest {
    private static final String PHONE = "+79160000002";
    private final Shop shop = new Shop();
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @AfterEach
    void restoreLog() {
        JsonLog.redirect(System.out);
    }

    @Test
    void touchIdsTaskIdsAndLogLinesCarryAReferenceNotThePhone() {
        JsonLog.redirect(new PrintStream(log, true, StandardCharsets.UTF_8));
        shop.buys(PHONE, "2026-09-30", "900", "0", new SaleCustomer(null, PHONE, "anna@example.com", null, "Анна",
                null, null, null, new Consent(true, true)));
        assertEquals(PHONE, shop.customer(PHONE).key(), "the phone is the customer's key");

        for (String day : List.of("2026-12-05", "2026-12-12", "2026-12-19")) {
            shop.checkOn(day);
        }

        List<Outbox.Message> sent = shop.outbox.messages();
        assertEquals(2, sent.size());
        String ref = shop.refOf(PHONE);
        assertTrue(ref.matches("c-[0-9a-f]{16}"), ref);
        for (Outbox.Message message : sent) {
            assertEquals(ref + "/fell-asleep@2026-12-05#" + sent.indexOf(message), message.touchId());
        }
        var task = shop.callTasks.openTasks(null, 10, null).tasks().getFirst();
        assertEquals(PHONE, task.phone(), "staff still see the number they dial");
        String decodedId = new String(Base64.getUrlDecoder().decode(task.id()), StandardCharsets.UTF_8);
        assertEquals(ref + "/fell-asleep@2026-12-05#2", decodedId);
        String lines = log.toString(StandardCharsets.UTF_8);
        assertTrue(lines.contains("sleeping_check_queued"), "the chain logged: " + lines);
        assertFalse(lines.contains("9160000002"), lines);
    }

    @Test
    void theReferenceIsStableAndDiffersPerCustomerAndSecret() {
        var refs = shop.config.chains().customerRefs();
        assertEquals(refs.of(PHONE), refs.of(PHONE));
        assertFalse(refs.of(PHONE).equals(refs.of("+79160000003")));
        assertFalse(refs.of(PHONE).equals(new CustomerRefs("another-secret").of(PHONE)));
    }

    @Test
    void aPurchaseStillClosesATaskOpenedUnderTheOldIdThatCarriedTheKey() {
        shop.buys("C-1", "2026-09-30", "900");
        for (String day : List.of("2026-12-05", "2026-12-12", "2026-12-19")) {
            shop.checkOn(day);
        }
        // As a task opened before the change was stored: the same task under the old id.
        var opened = shop.callTasks.openTasks(null, 10, null).tasks().getFirst();
        String legacy = CallTask.legacyIdOf("C-1", "fell-asleep@2026-12-05#2");
        LocalDynamo.client().deleteItem(b -> b.tableName(shop.config.chains().chainsTable())
                .key(Map.of(ChainsTable.PK, AttributeValue.fromS("task#" + opened.id()),
                        ChainsTable.SK, AttributeValue.fromS("task"))));
        shop.callTasks.openTask(new CallTask(legacy, opened.customerKey(), opened.store(),
                opened.name(), opened.phone(), opened.band(), opened.lastVisitDay(), opened.averageCheck(),
                opened.touchesSoFar(), opened.reason(), opened.createdAt(), opened.deadline(), "open", null, null,
                null));
        shop.buys("C-1", "2026-12-20", "700");

        shop.checkOn("2026-12-26");

        assertEquals("came_back", shop.callTasks.task(legacy).orElseThrow().outcome());
    }
}
