package io.winback.worker;

import io.winback.chain.Chain;
import io.winback.chain.ChainConfiguration;
import io.winback.chain.ChainStep;
import io.winback.chain.Channel;
import io.winback.chain.Playbook;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.messages.RawMime;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Anna's address, stored before the webhook refused such addresses, has a Cyrillic part before the @: no email to it
 * can be built (SES has no SMTPUTF8). A chain that writes first and texts second goes on to the SMS, as it does
 * when a number opted out; with no other channel the touch fails, saying why.
 */
class AnEmailThatCannotBeBuiltGivesWayToTheNextChannelTest {
    private static final String UNSENDABLE = "анна@пример.рф";

    @Test
    void theSmsGoesOutInstead() {
        Shop shop = new Shop(Map.of(), new PlaybookConfigurations(emailThenSms()));
        shop.buys("C-1", "2026-09-30", "900", "0", Shop.contact("C-1", true, UNSENDABLE, true));

        shop.checkOn("2026-12-05");

        assertEquals(List.of("sms"), shop.outbox.messages().stream().map(m -> m.channel()).toList());
        Touch touch = shop.touches("C-1").getFirst();
        assertEquals(TouchStatus.SENT, touch.status());
        assertEquals(Channel.SMS, touch.channel());
    }

    @Test
    void withNoOtherChannelTheTouchFailsWithTheReason() {
        Shop shop = new Shop(Map.of(), new PlaybookConfigurations(emailThenSms()));
        shop.buys("C-1", "2026-09-30", "900", "0", Shop.contact("C-1", false, UNSENDABLE, true));

        shop.checkOn("2026-12-05");

        assertEquals(0, shop.outbox.messages().size());
        Touch touch = shop.touches("C-1").getFirst();
        assertEquals(TouchStatus.FAILED, touch.status());
        assertTrue(touch.reason().startsWith("email_not_built: to has a part before the @ that is not ASCII"),
                touch.reason());
    }

    @Test
    void aCustomerKeptUnderACyrillicIdIsEmailedUnderTheirAsciiReference() {
        Shop shop = new Shop(Map.of(), new PlaybookConfigurations(emailThenSms()));
        shop.buys("Клиент-3", "2026-09-30", "900", "0", Shop.contact("Клиент-3", false, "anna@example.com", true));

        shop.checkOn("2026-12-05");

        assertEquals(1, shop.outbox.messages().size());
        String header = shop.outbox.messages().getFirst().headers().get(RawMime.TOUCH_HEADER);
        // The touch id names the customer by their reference (a keyed hash), so it is plain ASCII whatever the key.
        assertEquals(shop.refOf("Клиент-3") + "/fell-asleep@2026-12-05#0", header);
        assertTrue(header.chars().allMatch(c -> c >= 0x20 && c <= 0x7e), header);
        assertEquals(TouchStatus.SENT, shop.touches("Клиент-3").getFirst().status());
    }

    /** The playbook with every step's channels in the other order: email first. */
    private static ChainConfiguration emailThenSms() {
        ChainConfiguration playbook = Playbook.configuration();
        List<Chain> chains = playbook.chains().stream().map(chain -> new Chain(chain.id(), chain.trigger(),
                chain.band(), chain.steps().stream().map(step -> new ChainStep(step.offsetDays(), step.bonus(),
                        step.messages(), step.channels().reversed(), step.call(), step.conversionWindowDays()))
                        .toList())).toList();
        return new ChainConfiguration(playbook.version(), chains, playbook.budget());
    }
}
