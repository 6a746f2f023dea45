package io.winback.pipeline;

import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.json.Json;
import io.winback.local.LocalSystem;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Three customers of moscow-1 and two of moscow-2 bought once on 1 June and never came back: the playbook's third
 * step opens a call for each at their store. In headless Chromium, clicking as a person does: the staff of moscow-1
 * sign in with their token (a wrong one first), see only moscow-1's calls with a {@code tel:} link, record "will come"
 * with a comment, and the call leaves the open list for today's outcomes; a forged CSRF token is refused and changes
 * nothing; their token gets 403 on chains, an export and another store's customer; they sign out. The owner signs in
 * and sees both stores and the outcomes by store; raises a bonus on the chain editor (one above the ceiling refused at
 * its field first) and reads the new SMS as a sample customer would, with its parts. Every page has no sideways scroll at 390 px; screenshots are
 * saved under local/target/console/.
 */
class TheStaffOfAStoreMakeTheirCallsFromTheConsoleTest {
    private static final String OWNER = "console-owner-token";
    private static final String MOSCOW_1 = "console-moscow-1-token";
    private static final Path SHOTS = Path.of("target", "console");

    @Test
    void staffCallTheirStoresCustomersAndTheOwnerSeesTheOutcomes(@TempDir Path work) throws Exception {
        HeadlessChromium chromium = HeadlessChromium.find();
        WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS, WinbackClient.SECRET,
                WinbackConfig.API_TOKENS, WinbackClient.TOKEN + ",owner:" + OWNER + ",staff@moscow-1:" + MOSCOW_1
                        + ",staff@moscow-2:console-moscow-2-token",
                WinbackConfig.HOLDOUT_PERCENT, "0", WinbackConfig.UNSUBSCRIBE_SECRETS, "console-unsubscribe-secret"));
        try (LocalSystem system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config,
                Clock.systemUTC(), CapacityMeter.NONE, 0);
             BrowserSession browser = chromium.session(work)) {
            WinbackClient client = new WinbackClient(system.baseUrl());
            List<String> sales = new ArrayList<>();
            String[][] customers = {{"K-1", "moscow-1", "Анна Ключева"}, {"K-2", "moscow-1", "Борис Круглов"},
                    {"K-3", "moscow-1", "Вера Крылова"}, {"K-4", "moscow-2", "Глеб Кузин"},
                    {"K-5", "moscow-2", "Дина Кротова"}};
            for (int i = 0; i < customers.length; i++) {
                sales.add(sale("S-" + i, customers[i][0], customers[i][1], customers[i][2], i));
            }
            assertEquals(200, client.postSales(sales.toArray(String[]::new)).status());
            // The sleep day (66 days after 1 June), a week later, and a week after that: the call step.
            List<String> checks = new ArrayList<>();
            for (String day : List.of("2026-08-06", "2026-08-13", "2026-08-20")) {
                checks.add(post(system.baseUrl(), "/local/schedule/sleeping-check",
                        "{\"time\":\"" + day + "T10:00:00+03:00\"}"));
            }
            assertEquals(3, tasks(system.baseUrl(), "open", "moscow-1").size(), "the checks: " + checks);
            String base = system.baseUrl().toString();

            browser.viewport(1280, 900, false);
            browser.open(base + "/console/tasks");
            assertTrue(browser.url().endsWith("/console/sign-in"), "a stranger is sent to sign in: " + browser.url());
            browser.screenshot(SHOTS.resolve("sign-in.png"));
            browser.type("#token", "not-a-token");
            browser.clickAndWait("button[type=submit].primary");
            assertTrue(browser.text("#problem").contains("Такого токена нет"), browser.text("main"));

            browser.type("#token", MOSCOW_1);
            browser.clickAndWait("button[type=submit].primary");
            assertTrue(browser.url().endsWith("/console/tasks"), browser.url());
            assertEquals(List.of("Анна Ключева", "Борис Круглов", "Вера Крылова"),
                    browser.texts(".task .name").stream().sorted().toList(), "moscow-1's calls only");
            assertEquals(List.of("tel:+79000000000", "tel:+79000000001", "tel:+79000000002"), telLinks(browser));
            assertTrue(browser.text("main").contains("Не приходит с 01.06.2026"), "the reason in the shop's words");
            browser.screenshot(SHOTS.resolve("tasks-staff.png"));
            browser.viewport(390, 844, true);
            browser.open(base + "/console/tasks");
            assertFalse(browser.scrollsSideways(), "the call list fits a phone at the till");
            browser.screenshot(SHOTS.resolve("tasks-staff-390.png"));

            String first = browser.text(".task .name");
            browser.type(".task input[name=comment]", "Придёт в субботу");
            browser.clickAndWait(".task button[value=will_come]");
            assertTrue(browser.url().endsWith("/console/tasks"), "back on the list after the post: " + browser.url());
            assertFalse(browser.texts(".task .name").contains(first), "the call left the open list");
            String closed = browser.text("table.closed");
            assertTrue(closed.contains(first) && closed.contains("Придёт") && closed.contains("Придёт в субботу"),
                    "today's outcomes show it: " + closed);
            assertEquals(1, tasks(system.baseUrl(), "done", "moscow-1").size(), "one call closed through the API too");
            HttpResponse<String> report = HttpClient.newHttpClient().send(HttpRequest.newBuilder(system.baseUrl()
                    .resolve("/v1/reports/reactivation?from=2026-08-01&to=2026-08-31"))
                    .header("Authorization", "Bearer " + OWNER).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, report.statusCode(), report.body());
            assertEquals(1, Json.readTree(report.body()).at("/calls/willCome").asInt(), "the campaign report counts it: "
                    + report.body());
            assertEquals(5, Json.readTree(report.body()).at("/calls/opened").asInt(), report.body());

            // A form whose CSRF token was forged is refused, and the call stays open.
            String second = browser.text(".task .name");
            browser.evaluate("document.querySelector('.task input[name=csrf]').value = 'forged'");
            browser.clickAndWait(".task button[value=no_answer]");
            assertTrue(browser.text("main").contains("Форма устарела"), browser.text("main"));
            assertEquals(2, tasks(system.baseUrl(), "open", "moscow-1").size(), second + " is still open");

            // The customer's card, from the call list: what went out and when, the call and how it ended.
            browser.viewport(1280, 900, false);
            browser.open(base + "/console/tasks");
            browser.clickAndWait(".task a.name");
            String card = browser.text("main");
            assertTrue(card.contains("01.06.2026") && card.contains("1 000 ₽"), "the purchase: " + card);
            assertEquals(3, browser.texts("table.touches tbody tr").size(), "bonus + SMS twice, then the call: "
                    + card);
            assertTrue(browser.text("table.touches").contains("Дарим вам 100 рублей"), "the text as sent");
            browser.screenshot(SHOTS.resolve("customer-staff.png"));
            browser.viewport(390, 844, true);
            browser.open(browser.url());
            assertFalse(browser.scrollsSideways(), "the card fits a phone");
            browser.screenshot(SHOTS.resolve("customer-staff-390.png"));
            // Found by phone as a cashier types it; another store's customer is nobody to them.
            browser.open(base + "/console/customers?q=" + java.net.URLEncoder.encode("8 900 000-00-01",
                    java.nio.charset.StandardCharsets.UTF_8));
            assertEquals("Борис Круглов", browser.text("h1"), "one found: straight to the card");
            browser.open(base + "/console/customers/K-4");
            assertTrue(browser.text("main").contains("Такого клиента нет"), browser.text("main"));
            browser.open(base + "/console/customers?q=%2B79000000003");
            assertTrue(browser.text("main").contains("Никого не нашли"), browser.text("main"));
            // By the beginning of a name: Вера and Борис are theirs; Глеб (moscow-2) is nobody to them.
            browser.open(base + "/console/customers?q=" + java.net.URLEncoder.encode("ВЕРА",
                    java.nio.charset.StandardCharsets.UTF_8));
            assertEquals("Вера Крылова", browser.text("h1"), "found by the name as typed");
            browser.open(base + "/console/customers?q=" + java.net.URLEncoder.encode("Глеб",
                    java.nio.charset.StandardCharsets.UTF_8));
            assertTrue(browser.text("main").contains("Никого не нашли"), browser.text("main"));

            // The same staff token, by Bearer: no chains, no export, no other store's customer.
            assertEquals(403, status(system.baseUrl(), "/v1/chains", MOSCOW_1));
            assertEquals(403, status(system.baseUrl(), "/console/chains", MOSCOW_1), "the chain editor is the owner's");
            assertEquals(403, status(system.baseUrl(), "/v1/customers/K-1/export", MOSCOW_1));
            assertEquals(403, status(system.baseUrl(), "/v1/customers/K-4", MOSCOW_1));
            assertEquals(200, status(system.baseUrl(), "/v1/customers/K-2", MOSCOW_1));
            browser.open(base + "/console/sent");
            assertTrue(browser.text("main").contains("Журнал отправок доступен владельцу"), "the sent log is the owner's");
            browser.open(base + "/console/customers/K-1/export");
            assertTrue(browser.text("main").contains("Выгрузку данных клиента делает владелец"), "no export for staff");
            browser.open(base + "/dashboard");
            assertTrue(browser.text("body").contains("the staff of moscow-1"), "nor is the dashboard theirs: "
                    + browser.text("body"));

            browser.viewport(1280, 900, false);
            browser.open(base + "/console/tasks");
            browser.clickAndWait("header form button");
            assertTrue(browser.url().endsWith("/console/sign-in"), "signed out: " + browser.url());
            browser.open(base + "/console/tasks");
            assertTrue(browser.url().endsWith("/console/sign-in"), "the session is over: " + browser.url());

            browser.type("#token", OWNER);
            browser.clickAndWait("button[type=submit].primary");
            assertEquals(4, browser.texts(".task .name").size(), "the owner sees every store's open calls");
            browser.clickAndWait("header nav a[href='/dashboard']");
            assertTrue(browser.text("h1").contains("Возврат клиентов"), "the dashboard opens on the console's sign-in: "
                    + browser.text("body"));
            browser.viewport(390, 844, true);
            browser.open(base + "/dashboard?from=2026-08-01&to=2026-08-31");
            assertTrue(browser.text("body").contains("sleep-1"), "the period's chain is on it: " + browser.text("body"));
            assertFalse(browser.scrollsSideways(), "the dashboard fits a phone (its tables scroll in their boxes)");
            browser.screenshot(SHOTS.resolve("dashboard-390.png"));
            browser.viewport(1280, 900, false);
            browser.open(base + "/console/tasks");
            String byStore = browser.text("table.by-store");
            assertTrue(byStore.contains("moscow-1") && byStore.contains("moscow-2"), byStore);
            assertEquals(List.of("moscow-1", "1", "0", "0", "0", "0", "2"),
                    List.of(browser.text("table.by-store tbody tr").split("\t")), "moscow-1: one will come, two open");
            browser.screenshot(SHOTS.resolve("tasks-owner.png"));
            browser.viewport(390, 844, true);
            browser.open(base + "/console/tasks");
            assertFalse(browser.scrollsSideways(), "the owner's list fits a phone too");
            // The sent log: each customer got the bonus SMS twice and a call; the SMS alone on the filter.
            browser.viewport(1280, 900, false);
            browser.open(base + "/console/sent?from=2026-08-01&to=2026-08-31");
            assertEquals(15, browser.texts("table.sent tbody tr").size(), browser.text("main"));
            assertTrue(browser.text("main").contains("Найдено: 15 сообщений"), browser.text("main"));
            browser.open(base + "/console/sent?from=2026-08-01&to=2026-08-31&channel=sms&chain=sleep-1");
            assertEquals(10, browser.texts("table.sent tbody tr").size(), browser.text("main"));
            browser.screenshot(SHOTS.resolve("sent-owner.png"));
            HttpResponse<String> csv = HttpClient.newHttpClient().send(HttpRequest.newBuilder(system.baseUrl()
                    .resolve("/console/sent?from=2026-08-01&to=2026-08-31&format=csv"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("owner:" + OWNER)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, csv.statusCode(), csv.body());
            assertEquals(16, csv.body().split("\r\n").length, "a header and 15 touches: " + csv.body());
            assertTrue(csv.body().startsWith("\uFEFFКогда;Код клиента;Имя;"), csv.body());
            HttpResponse<byte[]> workbook = HttpClient.newHttpClient().send(HttpRequest.newBuilder(system.baseUrl()
                    .resolve("/console/sent?from=2026-08-01&to=2026-08-31&format=xlsx"))
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("owner:" + OWNER)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, workbook.statusCode());
            assertEquals(16, io.winback.testing.XlsxWorkbook.read(workbook.body()).rows().size(),
                    "the same 15 touches and the header in the workbook");
            browser.viewport(390, 844, true);
            browser.open(base + "/console/sent?from=2026-08-01&to=2026-08-31");
            assertFalse(browser.scrollsSideways(), "the sent log fits a phone (its table scrolls in its box)");
            // The owner raises the first bonus of the one-purchase chain and lengthens its SMS on the editor: a
            // bonus above the deployment's ceiling is refused at its field first.
            browser.viewport(1280, 900, false);
            browser.open(base + "/console/chains");
            assertTrue(browser.text("#chain-sleep-1").contains("1 часть (UCS-2"), browser.text("#chain-sleep-1"));
            browser.screenshot(SHOTS.resolve("chains.png"));
            browser.clickAndWait("#chain-sleep-1 a[href$='/steps/1']");
            browser.evaluate("document.querySelector('#bonus-amount').value = ''");
            browser.type("#bonus-amount", "5000");
            browser.clickAndWait("form.step-form button.primary");
            assertTrue(browser.text("#bonus-amount + .field-error").contains("наибольшего бонуса"),
                    browser.text("main"));
            browser.evaluate("document.querySelector('#bonus-amount').value = ''");
            browser.type("#bonus-amount", "150");
            browser.evaluate("document.querySelector('#sms-ru').value = '{name}, дарим вам {amount} рублей на"
                    + " покупки до {until}. Ждём вас в нашем магазине за покупкой!'");
            browser.clickAndWait("form.step-form button.primary");
            assertTrue(browser.text("p.saved").contains("Сохранено: действует версия 1"), browser.text("main"));
            assertTrue(browser.text(".preview .sample").startsWith("Анна, дарим вам 150 рублей на покупки до "),
                    browser.text(".preview .sample"));
            assertTrue(browser.text(".preview .parts").startsWith("2 части (UCS-2"), browser.text(".preview .parts"));
            browser.screenshot(SHOTS.resolve("chain-step.png"));
            assertEquals(150, Json.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    system.baseUrl().resolve("/v1/chains")).header("Authorization", "Bearer " + OWNER).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).at("/chains/0/steps/0/bonus/amount").intValue(),
                    "the API reads the version the page stored");
            browser.viewport(390, 844, true);
            browser.open(base + "/console/chains");
            assertFalse(browser.scrollsSideways(), "the playbook fits a phone (its tables scroll in their boxes)");
            browser.screenshot(SHOTS.resolve("chains-390.png"));
            browser.open(base + "/console/chains/sleep-1/steps/1");
            assertFalse(browser.scrollsSideways(), "the step's form fits a phone");
            browser.screenshot(SHOTS.resolve("chain-step-390.png"));
            browser.open(base + "/console/customers?q=" + java.net.URLEncoder.encode("глеб ку",
                    java.nio.charset.StandardCharsets.UTF_8));
            assertEquals("Глеб Кузин", browser.text("h1"), "the owner finds a card by the beginning of the name");
            browser.open(base + "/console/customers/K-4");
            assertEquals("Глеб Кузин", browser.text("h1"), "the owner reads every store's customers");
            // He said at the till he wants no more SMS: the owner records it on his card.
            browser.evaluate("document.querySelector('#consent-sms').value = 'no'");
            browser.clickAndWait("form.consent button");
            assertTrue(browser.text("p.consent-now").startsWith("SMS: отказался"), browser.text("p.consent-now"));
            // The history is folded away (details): read what it holds, shown or not.
            assertTrue(browser.evaluate("document.querySelector('table.consent').textContent").asText()
                    .contains("console"), "in the ledger, said on the console");
            assertFalse(Json.readTree(HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    system.baseUrl().resolve("/v1/customers/K-4")).header("Authorization", "Bearer " + OWNER).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).at("/consent/sms").booleanValue(),
                    "the API reads the same card");
            assertFalse(browser.scrollsSideways());
            // Dina asked what Winback holds about her: the owner downloads it from her card, as the API exports it.
            HttpResponse<String> exported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(system.baseUrl()
                    .resolve("/console/customers/K-5/export")).header("Authorization", "Basic " + java.util.Base64
                    .getEncoder().encodeToString(("owner:" + OWNER).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, exported.statusCode(), exported.body());
            assertEquals(3, Json.readTree(exported.body()).get("touches").size(), "her two SMS and the call");
            assertEquals("K-5", Json.readTree(exported.body()).get("customerId").asText());
            // Dina asked to be forgotten: the owner erases her from her card, typing her id to confirm.
            browser.open(base + "/console/customers/K-5");
            browser.evaluate("document.querySelector('details.erase').open = true");
            browser.type("#confirm", "K-4");
            browser.clickAndWait("details.erase button");
            assertTrue(browser.text("main").contains("введите его код ещё раз"), "a wrong id erases nothing");
            assertEquals(200, status(system.baseUrl(), "/v1/customers/K-5", OWNER));
            browser.open(base + "/console/customers/K-5");
            browser.evaluate("document.querySelector('details.erase').open = true");
            browser.type("#confirm", "K-5");
            browser.clickAndWait("details.erase button");
            assertTrue(browser.text("main").contains("Клиент стёрт"), browser.text("main"));
            assertEquals(404, status(system.baseUrl(), "/v1/customers/K-5", OWNER), "the API finds her no more");
            browser.open(base + "/console/customers");
            assertFalse(browser.scrollsSideways(), "the search fits a phone");
            browser.screenshot(SHOTS.resolve("customers-390.png"));
            browser.open(base + "/console/sign-in");
            assertFalse(browser.scrollsSideways(), "the sign-in page fits a phone");
        }
    }

    private static List<String> telLinks(BrowserSession browser) throws Exception {
        List<String> links = new ArrayList<>();
        browser.evaluate("Array.from(document.querySelectorAll('a.tel')).map(a => a.getAttribute('href')).sort()")
                .forEach(node -> links.add(node.asText()));
        return links;
    }

    private static String sale(String saleId, String customerId, String store, String name, int i) {
        return """
                {"saleId":"%s","storeId":"%s","occurredAt":"2026-06-01T12:00:00+03:00","customer":{"id":"%s",\
                "phone":"+7900%07d","name":"%s","consent":{"sms":true}},"total":1000}"""
                .formatted(saleId, store, customerId, i, name);
    }

    private static List<String> tasks(URI base, String status, String store) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                base.resolve("/v1/tasks?status=" + status + "&store=" + store))
                .header("Authorization", "Bearer " + OWNER).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        List<String> ids = new ArrayList<>();
        Json.readTree(response.body()).get("tasks").forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }

    private static int status(URI base, String path, String token) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String post(URI base, String path, String body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }
}
