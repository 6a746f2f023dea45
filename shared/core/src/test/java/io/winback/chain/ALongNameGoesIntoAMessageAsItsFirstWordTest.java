package io.winback.chain;

import io.winback.messages.SmsParts;
import io.winback.messages.TemplateText;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A till may send a name of 200 characters; {name} puts at most 40 in a message, so the SMS parts shown by
 * GET /v1/chains at the longest values are the most a customer's text can cost.
 */
class ALongNameGoesIntoAMessageAsItsFirstWordTest {

    @Test
    void aNameOfFortyCharactersGoesInWhole() {
        String forty = "Анна-Мария Константинопольская-Петрова!!";
        assertEquals(40, forty.length());

        assertEquals("Привет, " + forty, TemplateText.render("Привет, {name}", Map.of("name", forty)));
    }

    @Test
    void aLongerNameGoesInAsItsFirstWord() {
        String name = "Анна-Мария " + "Константинопольская".repeat(10);

        assertEquals("Привет, Анна-Мария!", TemplateText.render("Привет, {name}!", Map.of("name", name)));
    }

    @Test
    void aLongerFirstWordIsCutAtFortyCharactersNeverInsideACharacter() {
        String name = "😀".repeat(200);

        assertEquals("😀".repeat(40), TemplateText.render("{name}", Map.of("name", name)));
    }

    @Test
    void noTemplateCanCostMoreThanItsLongestValuesSay() {
        String template = "Hi {name}!";
        SmsParts longest = SmsParts.of(TemplateText.render(template, TemplateText.longestValues(null, "Shop")));
        String realName = "Ж".repeat(200);

        SmsParts real = SmsParts.of(TemplateText.render(template, Map.of("name", realName)));

        assertEquals(longest, real);
    }
}
