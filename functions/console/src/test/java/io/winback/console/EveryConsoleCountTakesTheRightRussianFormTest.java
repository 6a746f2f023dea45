package io.winback.console;

import io.winback.access.Role;
import io.winback.report.ReportLanguage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void theChainEditorCountsDaysAndSmsPartsByTheSameRule() {
        Map<Integer, String> days = Map.of(1, "через 1 день", 2, "через 2 дня", 5, "через 5 дней",
                11, "через 11 дней", 21, "через 21 день", 22, "через 22 дня", 25, "через 25 дней");
        List<io.winback.chain.ChainStep> steps = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>(new java.util.TreeSet<>(days.keySet()));
        for (int offset : offsets) {
            steps.add(new io.winback.chain.ChainStep(offset, null, Map.of(), List.of(),
                    new io.winback.tasks.CallTaskRule(offset), 7));
        }
        var configuration = new io.winback.chain.ChainConfiguration(3, List.of(new io.winback.chain.Chain("calls",
                new io.winback.chain.Trigger.Birthday(21), null, steps)), io.winback.chain.BudgetCap.DEFAULT);
        var view = new PlaybookTable("Лавка", new java.math.BigDecimal("4"), "RUB", java.time.ZoneOffset.UTC)
                .of(configuration, io.winback.chain.BonusCap.maxBonusOnly(new java.math.BigDecimal("1000")),
                        List.of(new io.winback.chain.ChainReadiness.Runs(configuration.chains().getFirst().trigger())),
                        new io.winback.segment.SegmentConfiguration(List.of(), 0), java.time.Instant.EPOCH,
                        ReportLanguage.RU);
        assertEquals("День рождения, за 21 день", view.groups().getFirst().title());
        List<PlaybookView.StepLine> lines = view.groups().getFirst().chains().getFirst().steps();
        for (int i = 0; i < offsets.size(); i++) {
            assertTrue(lines.get(i).when().startsWith(days.get(offsets.get(i))), lines.get(i).when());
            assertEquals("звонок, срок " + days.get(offsets.get(i)).substring("через ".length()), lines.get(i).call());
        }
        for (int parts : List.of(1, 2, 5)) {
            String text = "Ж".repeat(parts == 1 ? 60 : 67 * parts);
            String billing = MessagePreview.of(text, true, null, 7, "Лавка", null, java.time.Instant.EPOCH,
                    java.time.ZoneOffset.UTC, new java.math.BigDecimal("4"), "RUB", ReportLanguage.RU).billing();
            assertTrue(billing.startsWith(io.winback.text.Noun.SMS_PART.count(parts, ReportLanguage.RU) + " (UCS-2, "
                    + io.winback.text.Noun.CHARACTER.count(text.length(), ReportLanguage.RU) + ")"), billing);
        }
        assertEquals("1 часть", io.winback.text.Noun.SMS_PART.count(1, ReportLanguage.RU));
        assertEquals("22 части", io.winback.text.Noun.SMS_PART.count(22, ReportLanguage.RU));
        assertEquals("25 частей", io.winback.text.Noun.SMS_PART.count(25, ReportLanguage.RU));
        assertEquals("21 знак", io.winback.text.Noun.CHARACTER.count(21, ReportLanguage.RU));
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
