package io.winback.worker;

import io.winback.consent.Consent;
import io.winback.domain.SaleCustomer;
import io.winback.log.JsonLog;
import io.winback.messages.Outbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A customer born on 10 March, known by their phone, is greeted on 7 March. Inside Winback the episode is
 * {@code birthday@2027-03-10}; what leaves it (the touch id the SMS provider keeps, every log line of the greeting)
 * names the greeting by its year only and the customer by a keyed hash: neither the birthday nor the phone goes out.
 */
class ABirthdayNeverLeavesWinbackInAnIdOrALogLineTest {
    private static final String PHONE = "+79160000004";
    private final Shop shop = Shop.storingChains(Map.of());
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();

    @AfterEach
    void restoreLog() {
        JsonLog.redirect(System.out);
    }

    @Test
    void theProviderAndTheLogSeeTheYearOfTheGreetingNotTheBirthday() {
        shop.storeChains(BirthdayGreetings.greeting(3, 7));
        shop.buys(PHONE, "2026-09-30", "900", "0", new SaleCustomer(null, PHONE, null, null, "Анна", null,
                LocalDate.parse("1990-03-10"), null, new Consent(true, false)));
        JsonLog.redirect(new PrintStream(log, true, StandardCharsets.UTF_8));

        shop.checkOn("2027-03-07");
        shop.checkOn("2027-03-07"); // a re-run: nothing new, and nothing more that names the day
        shop.checkOn("2027-03-15"); // the bonus's week is over: the episode closes (and says so in the log)

        assertEquals("birthday@2027-03-10", shop.episodes(PHONE).getFirst().id(), "inside, the id keeps its day");
        List<Outbox.Message> sent = shop.outbox.messages();
        assertEquals(1, sent.size());
        assertEquals(shop.refOf(PHONE) + "/birthday@2027#0", sent.getFirst().touchId());
        // Each line's own wall-clock stamp ("time") may hold 0310 by chance (03:10, .0310 s): the person is looked
        // for in everything else the lines say.
        String lines = log.toString(StandardCharsets.UTF_8).replaceAll("\"time\":\"[^\"]*\"", "\"time\":\"\"");
        assertTrue(lines.contains("\"episode\":\"birthday@2027\""), "the decision is logged by the year: " + lines);
        assertTrue(lines.contains("episode_ended"), lines);
        for (String personal : List.of("03-10", "0310", "9160000004")) {
            assertFalse(lines.contains(personal), personal + " in the log: " + lines);
        }
    }
}
