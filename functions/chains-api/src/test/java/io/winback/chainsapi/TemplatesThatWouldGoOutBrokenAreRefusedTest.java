package io.winback.chainsapi;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.winback.chainsapi.ChainsApiFixture.errors;
import static io.winback.chainsapi.ChainsApiFixture.oneStep;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A subject with a line break would end the mail's Subject header and start the body (or a header of its own); a
 * «{name» left unclosed went out to customers as written. Both are refused with their path, nothing stored.
 */
class TemplatesThatWouldGoOutBrokenAreRefusedTest {
    private final ChainsApiFixture fixture = new ChainsApiFixture();

    @Test
    void aSubjectWithALineBreakAndAnUnclosedPlaceholderAreRefusedWithTheirPaths() {
        APIGatewayV2HTTPResponse response = fixture.put(oneStep("null", """
                {"offsetDays": 0, "channels": ["email", "sms"], "messages": {
                  "email": {"ru": {"subject": "Мы скучаем\\r\\nBcc: all@example.com", "text": "Здравствуйте, {name!"}},
                  "sms": {"ru": {"text": "Ждём вас, name}"}, "en": {"subject": "x", "text": "Hi"}}}}"""));

        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals(List.of(
                "chains[0].steps[0].messages.email.ru.subject: must not contain control characters or line breaks "
                        + "(CR, LF, TAB, U+2028, U+2029)",
                "chains[0].steps[0].messages.email.ru.text: the { at character 15 opens or closes no placeholder; "
                        + "use {name}, {amount}, {until} or {store}",
                "chains[0].steps[0].messages.sms.ru.text: the } at character 15 opens or closes no placeholder; "
                        + "use {name}, {amount}, {until} or {store}",
                "chains[0].steps[0].messages.sms.en.subject: is not a field here; known: text, encoding, parts, "
                        + "length, partsWithLongestValues, note"), errors(response));
        assertEquals(List.of(), fixture.storedVersions());
    }

    @Test
    void aSubjectWithAUnicodeLineSeparatorIsRefused() {
        APIGatewayV2HTTPResponse response = fixture.put(oneStep("null", """
                {"offsetDays": 0, "channels": ["email"], "messages": {
                  "email": {"ru": {"subject": "Мы скучаем\\u2028по вам", "text": "Ждём вас"}}}}"""));

        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals(List.of("chains[0].steps[0].messages.email.ru.subject: must not contain control characters or "
                + "line breaks (CR, LF, TAB, U+2028, U+2029)"), errors(response));
    }
}
