package io.winback.console;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.chain.ChainConfiguration;
import io.winback.config.WinbackConfig;
import io.winback.dynamo.DynamoChainConfigurationStore;
import io.winback.testing.LocalDynamo;
import io.winback.time.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Through the real handler on DynamoDB Local: the owner reads the playbook as a table, opens the first step of the
 * one-purchase chain, raises its bonus and lengthens its SMS, and sees the new text as a sample customer reads it
 * (the bonus's last day as the worker sets it) with its parts and cost at the longest name; mistakes come back next to their fields with nothing stored, in Russian; a
 * change stored meanwhile by someone else is explained and not undone; staff may not open the editor.
 */
class TheOwnerChangesAStepOfAChainOnItsPageTest {
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    private static final String STEP = "/console/chains/sleep-1/steps/1";
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final WinbackConfig config = LocalDynamo.freshTables(Map.of(WinbackConfig.API_TOKENS,
            "owner:chains-owner,staff@moscow-1:chains-staff", WinbackConfig.STORE_NAME, "Лавка"));
    private final ConsoleHandler console = new ConsoleHandler(LocalDynamo.client(), config, clock);
    private final OwnerDesk owner = new OwnerDesk(console, "chains-owner");
    private final OwnerDesk staff = new OwnerDesk(console, "chains-staff");
    private final DynamoChainConfigurationStore store = new DynamoChainConfigurationStore(LocalDynamo.client(),
            config.chains().chainsTable(), clock);

    @Test
    void thePlaybookIsATablePerTriggerAndBandWithEachSmsAndItsParts() {
        APIGatewayV2HTTPResponse page = owner.get("/console/chains");
        assertEquals(200, page.getStatusCode());
        String html = page.getBody();
        assertTrue(html.contains("Перестал приходить"), html);
        for (String band : List.of("Купили 1 раз", "Купили 2–3 раза", "Купили 4 раза и больше", "VIP")) {
            assertTrue(html.contains(band), band);
        }
        assertTrue(html.contains("Дарим вам 100 рублей") || html.contains("Дарим вам {amount} рублей"), html);
        assertTrue(html.contains("1 часть (UCS-2, 63 знака) · 4 ₽"), "the first SMS is one Cyrillic part: " + html);
        assertTrue(html.contains("href=\"/console/chains/sleep-4%2B/steps/1\""), "a '+' in an id is escaped");
        assertEquals(200, owner.get("/console/chains/sleep-4%2B/steps/3").getStatusCode());
    }

    @Test
    void aBiggerBonusAndALongerSmsAreStoredAndShownAsTheCustomerReadsThem() {
        Map<String, String> form = formOf(owner.get(STEP).getBody());
        form.put("bonus.amount", "150");
        form.put("messages.sms.ru.text", "{name}, дарим вам {amount} рублей на покупки до {until}. Ждём вас"
                + " в магазине {store} за покупкой!");
        APIGatewayV2HTTPResponse saved = owner.post(STEP, form);
        assertEquals(303, saved.getStatusCode(), saved.getBody());
        assertEquals(STEP + "?saved=1", saved.getHeaders().get("location"));

        ChainConfiguration stored = store.current();
        assertEquals(1, stored.version());
        assertEquals(0, stored.chain("sleep-1").orElseThrow().step(0).bonus().amount().compareTo(
                new java.math.BigDecimal("150")));
        assertEquals(0, stored.chain("sleep-2-3").orElseThrow().step(0).bonus().amount().compareTo(
                new java.math.BigDecimal("100")), "the other chains are as they were");
        String page = owner.get(STEP + "?saved=1").getBody();
        assertTrue(page.contains("Сохранено: действует версия 1"), page);
        assertTrue(page.contains("Анна, дарим вам 150 рублей на покупки до 13.12. Ждём вас в магазине Лавка за"
                + " покупкой!"), page);
        assertTrue(page.contains("2 части (UCS-2, 122 знака) · 8 ₽"),
                "with a 40-letter name the SMS is two parts at 4 ₽: " + page);
    }

    @Test
    void mistakesComeBackNextToTheirFieldsInRussianAndNothingIsStored() {
        Map<String, String> form = formOf(owner.get(STEP).getBody());
        form.put("bonus.amount", "5000");
        form.put("bonus.validDays", "0");
        form.put("messages.sms.ru.text", "Дарим {amount} до {untl}");
        form.put("offsetDays", "три");
        APIGatewayV2HTTPResponse refused = owner.post(STEP, form);
        assertEquals(400, refused.getStatusCode());
        String html = refused.getBody();
        assertErrorAfter(html, "name=\"offsetDays\"", "нужно целое число от 0 до 365");
        assertErrorAfter(html, "name=\"bonus.amount\"", "больше 1000 — наибольшего бонуса этой установки");
        assertErrorAfter(html, "name=\"bonus.validDays\"", "нужно целое число от 1 до 90");
        assertErrorAfter(html, "name=\"messages.sms.ru.text\"", "неизвестная подстановка {untl}");
        assertTrue(html.contains(">Дарим {amount} до {untl}</textarea>"), "what was typed stays in the form");
        assertEquals(0, store.current().version(), "nothing stored");
    }

    @Test
    void aChangeStoredMeanwhileIsExplainedAndNotUndone() {
        Map<String, String> mine = formOf(owner.get(STEP).getBody());
        Map<String, String> theirs = formOf(owner.get(STEP).getBody());
        theirs.put("bonus.validDays", "10");
        assertEquals(303, owner.post(STEP, theirs).getStatusCode());

        mine.put("bonus.amount", "120");
        APIGatewayV2HTTPResponse conflict = owner.post(STEP, mine);
        assertEquals(409, conflict.getStatusCode());
        assertTrue(conflict.getBody().contains("вы открыли версию 0, сейчас действует 1"), conflict.getBody());
        assertEquals(1, store.current().version());
        assertEquals(10, store.current().chain("sleep-1").orElseThrow().step(0).bonus().validDays(),
                "their change stands");

        Map<String, String> again = formOf(conflict.getBody());
        assertEquals("120", again.get("bonus.amount"), "my value is kept");
        assertEquals("1", again.get("version"), "the form is now based on the version in force");
        assertEquals(303, owner.post(STEP, again).getStatusCode(), "a second save is a decision, and stands");
        assertEquals(2, store.current().version());
    }

    @Test
    void staffCannotOpenTheEditorAndAForgedFormChangesNothing() {
        assertEquals(403, staff.get("/console/chains").getStatusCode());
        assertEquals(403, staff.get(STEP).getStatusCode());
        Map<String, String> form = formOf(owner.get(STEP).getBody());
        form.put("csrf", "forged");
        form.put("bonus.amount", "150");
        assertEquals(403, owner.post(STEP, form).getStatusCode());
        assertEquals(0, store.current().version());
    }

    private static void assertErrorAfter(String html, String field, String error) {
        int at = html.indexOf(field);
        assertTrue(at > 0, field + " in " + html);
        int next = html.indexOf("<label", at);
        String after = html.substring(at, next < 0 ? html.length() : next);
        assertTrue(after.contains("class=\"field-error\">" + error), field + " should be followed by «" + error
                + "»: " + after);
    }

    /** The form's fields as a browser would post them: inputs, ticked boxes and textareas. */
    private static Map<String, String> formOf(String html) {
        Map<String, String> form = new LinkedHashMap<>();
        Matcher inputs = Pattern.compile("<input([^>]*)>").matcher(html);
        while (inputs.find()) {
            String attributes = inputs.group(1);
            String name = attribute(attributes, "name");
            if (name == null || attributes.contains("type=\"checkbox\"") && !attributes.contains(" checked")) {
                continue;
            }
            String value = attribute(attributes, "value");
            form.putIfAbsent(name, value == null ? (attributes.contains("checkbox") ? "on" : "") : unescape(value));
        }
        Matcher areas = Pattern.compile("<textarea[^>]*name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>").matcher(html);
        while (areas.find()) {
            form.put(areas.group(1), unescape(areas.group(2)));
        }
        Matcher csrf = CSRF.matcher(html);
        assertTrue(csrf.find(), html);
        form.put("csrf", csrf.group(1));
        form.remove("token");
        assertFalse(form.isEmpty());
        return form;
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&#34;", "\"").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }
}
