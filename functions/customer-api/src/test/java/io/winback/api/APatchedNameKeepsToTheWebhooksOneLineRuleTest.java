package io.winback.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import io.winback.domain.Customer;
import io.winback.domain.OneLineText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.winback.api.CustomerApiFixture.errorField;
import static io.winback.api.CustomerApiFixture.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The webhook refuses a name with a line break; the PATCH took a CR/LF or a Unicode line separator in the name, which then
 * split SMS texts, CSV rows and call lists. Both now keep to the one rule, with the same words.
 */
class APatchedNameKeepsToTheWebhooksOneLineRuleTest {
    private final CustomerApiFixture fixture = new CustomerApiFixture().withCustomerC1001();

    @ParameterizedTest
    @ValueSource(strings = {"Анна\\r\\nПетрова", "Анна\\nПетрова", "Анна\\tПетрова", "Анна\\u2028Петрова",
            "Анна\\u2029Петрова", "Анна\\u0085Петрова", "Анна\\u0000"})
    void aNameWithALineBreakOrControlCharacterIsRefused(String escapedName) {
        Customer before = fixture.stored("C-1001");

        APIGatewayV2HTTPResponse response = fixture.patch("C-1001", "{\"name\":\"" + escapedName + "\"}");

        assertEquals(400, response.getStatusCode(), response.getBody());
        assertEquals("name", errorField(response));
        assertEquals(OneLineText.REFUSAL, json(response).at("/errors/0/message").asText());
        assertEquals(before, fixture.stored("C-1001"));
    }
}
