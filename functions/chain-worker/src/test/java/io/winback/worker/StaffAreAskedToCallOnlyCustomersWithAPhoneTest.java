package io.winback.worker;

import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.consent.Consent;
import io.winback.domain.CustomProperty;
import io.winback.domain.SaleCustomer;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The playbook's third step asks staff to call. A task is opened only for a customer Winback has a phone number for;
 * for anyone else the step is recorded as skipped ({@code no_phone}), which the campaign report counts. The task's
 * reason is what staff would say, in the customer's language, with a date people read.
 */
class StaffAreAskedToCallOnlyCustomersWithAPhoneTest {
    private final Shop shop = new Shop();

    private void throughTheThreeSteps() {
        for (String day : List.of("2026-12-05", "2026-12-12", "2026-12-19")) {
            shop.checkOn(day);
        }
    }

    @Test
    void anEmailOnlyCustomerGetsTheEmailsButNoCallTask() {
        shop.buys("E-1", "2026-09-30", "900", "0", new SaleCustomer("E-1", null, "anna@example.com", null, "Анна",
                null, null, null, new Consent(false, true)));

        throughTheThreeSteps();

        List<Touch> touches = shop.touches("E-1");
        assertEquals(List.of(TouchStatus.SENT, TouchStatus.SENT, TouchStatus.SKIPPED),
                touches.stream().map(Touch::status).toList());
        assertEquals("no_phone", touches.get(2).reason());
        assertEquals(List.of(), shop.callTasks.openTasks(null, 10, null).tasks());
    }

    @Test
    void aCustomerWithNoConsentAndNoPhoneIsSkippedThreeTimesAndNotCalled() {
        shop.buys("N-1", "2026-09-30", "900", "0", new SaleCustomer("N-1", null, null, null, null,
                null, null, null, new Consent(false, false)));

        throughTheThreeSteps();

        assertEquals(List.of("no_contact", "no_contact", "no_phone"),
                shop.touches("N-1").stream().map(Touch::reason).toList());
        assertEquals(List.of(), shop.callTasks.openTasks(null, 10, null).tasks());
    }

    @Test
    void aCustomerWithAPhoneGetsATaskWhoseReasonStaffCanRead() {
        shop.buys("C-1", "2026-09-30", "900");

        throughTheThreeSteps();

        var tasks = shop.callTasks.openTasks("moscow-1", 10, null).tasks();
        assertEquals(1, tasks.size());
        assertEquals("Не приходит с 30.09.2026", tasks.getFirst().reason());
        assertEquals(TouchStatus.CALL_TASK, shop.touches("C-1").get(2).status());
    }

    @Test
    void anEnglishSpeakingCustomersTaskReasonIsInEnglish() {
        shop.buys("C-2", "2026-09-30", "900");
        var customer = shop.customer("C-2");
        shop.customers.saveIfUnchanged(customer.withProperties(Map.of("locale", new CustomProperty.Text("en"))),
                shop.clock.instant());

        throughTheThreeSteps();

        assertEquals("Not back since 30 Sep 2026",
                shop.callTasks.openTasks("moscow-1", 10, null).tasks().getFirst().reason());
    }
}
