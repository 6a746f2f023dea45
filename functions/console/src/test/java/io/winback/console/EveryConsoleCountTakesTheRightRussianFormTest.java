package io.winback.console;

import io.winback.access.Role;
import io.winback.report.ReportLanguage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The console's pages write every count with its noun by the one plural rule: 1 звонок, 2 звонка, 5 звонков, 11
 * звонков, 21 звонок, 22 звонка, 25 звонков; the same for messages sent and customers found, and in English.
 */
class EveryConsoleCountTakesTheRightRussianFormTest {
    private static final Map<Integer, String> CALLS = Map.of(1, "1 звонок", 2, "2 звонка", 5, "5 звонков",
            11, "11 звонков", 21, "21 звонок", 22, "22 звонка", 25, "25 звонков");
    private static final Map<Integer, String> MESSAGES = Map.of(1, "1 сообщение", 2, "2 сообщения",
            5, "5 сообщений", 11, "11 сообщений", 21, "21 сообщение", 22, "22 сообщения", 25, "25 сообщений");
    private static final Map<Integer, String> CUSTOMERS = Map.of(1, "1 клиент", 2, "2 клиента", 5, "5 клиентов",
            11, "11 клиентов", 21, "21 клиент", 22, "22 клиента", 25, "25 клиентов");

    @Test
    void theCallListCountsCallsAndMessagesInRussianAndEnglish() {
        for (int n : CALLS.keySet()) {
            String ru = callList(n, ReportLanguage.RU);
            assertTrue(ru.contains("Открыто: " + CALLS.get(n) + "<"), n + ": " + ru);
            assertTrue(ru.contains("Уже отправлено: " + MESSAGES.get(n) + "<"), n + " messages");
            assertTrue(ru.contains("Закрыты сегодня: " + CALLS.get(n) + "<"), n + " closed");
            String en = callList(n, ReportLanguage.EN);
            assertTrue(en.contains("Open: " + n + (n == 1 ? " call<" : " calls<")), en);
            assertTrue(en.contains("Sent so far: " + n + (n == 1 ? " message<" : " messages<")), en);
        }
    }

    @Test
    void theSearchCountsCustomersFound() {
        for (int n : CUSTOMERS.keySet()) {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("page", new Page(ReportLanguage.RU, "Клиенты", Role.OWNER, "csrf", ConsoleRoutes.CUSTOMERS));
            parameters.put("query", "Анна");
            parameters.put("found", Collections.nCopies(n, new FoundCustomer("Анна", "+79160000000", "/c")));
            String html = Pages.render("customers.jte", parameters);
            assertTrue(html.contains("Нашли " + CUSTOMERS.get(n) + "<"), n + ": " + html);
        }
    }

    private static String callList(int n, ReportLanguage language) {
        List<String> sent = Collections.nCopies(n, "01.06.2026: SMS");
        List<TaskRow> open = new ArrayList<>();
        List<ClosedRow> closed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            open.add(new TaskRow("t" + i, "a" + i, "/console/customers/c" + i, "Анна", "+79160000000", "moscow-1",
                    "1", "01.06.2026", "1 000 ₽", "0 ₽", null, sent, "Не приходит с 01.06.2026", null,
                    "22.08.2026, 10:00", false));
            closed.add(new ClosedRow("Борис", "Придёт", "", "10:00", "moscow-1"));
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("page", new Page(language, "Звонки", new Role.Staff("moscow-1"), "csrf", ConsoleRoutes.TASKS));
        parameters.put("list", new CallListView("moscow-1", List.of("moscow-1"), open, closed, List.of(), null));
        parameters.put("problem", null);
        return Pages.render("tasks.jte", parameters);
    }
}
