package io.winback.json.segment;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.json.Json;
import io.winback.segment.SegmentConfiguration;
import io.winback.segment.SegmentDefinition;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * A definition using every field, read, written as GET shows it, and read again: the same definition; the written
 * shape is the one the marketer sent. And a configuration stored as a document reads back the same.
 */
class ASegmentShownByGetIsTakenBackByPutAsItIsTest {
    private static final String EVERY_FIELD = """
            {"id": "coffee-lapsed", "name": "Кофе, давно не были", "version": 0, "type": "dynamic",
             "conditions": {"all": [
               {"field": "daysSinceLastPurchase", "op": ">=", "value": 60},
               {"field": "purchases", "op": "!=", "value": 1},
               {"field": "spent", "op": ">=", "value": 5000},
               {"field": "averageCheck", "op": "<", "value": 1500.50},
               {"field": "bonusBalance", "op": "=", "value": 0},
               {"field": "band", "value": ["4+", "VIP"]},
               {"field": "rfm", "value": ["5??", "?1?"]},
               {"field": "abc", "value": "A"},
               {"field": "standing", "value": ["sleeping", "lost"]},
               {"field": "store", "value": "moscow-1"},
               {"field": "gender", "value": "F"},
               {"field": "boughtGroup", "group": "coffee", "withinDays": 365},
               {"field": "boughtSku", "sku": "B-1", "from": "2026-01-01", "to": "2026-03-31"},
               {"field": "birthdayWithinDays", "value": 30},
               {"any": [{"field": "consent", "channel": "sms"},
                        {"not": {"field": "consent", "channel": "email", "value": false}}]},
               {"field": "property", "name": "city", "op": "=", "value": "Москва"},
               {"field": "property", "name": "pets", "op": ">=", "value": 2},
               {"field": "property", "name": "clubSince", "op": "<", "value": "2025-01-01"},
               {"field": "property", "name": "club", "op": "!=", "value": true},
               {"field": "inSegment", "segment": "call-list"}]}}
            """;
    private static final SegmentConfiguration CURRENT = SegmentConfiguration.NONE
            .with(new SegmentDefinition("call-list", "Обзвон", 0, null));

    @Test
    void everyFieldReadsWritesAndReadsBackTheSame() throws Exception {
        SegmentDefinition read = valid(EVERY_FIELD);
        String shown = SegmentDefinitionJson.toJson(read);
        assertEquals(Json.readTree(EVERY_FIELD), Json.readTree(shown), "written in the shape it was sent");
        SegmentDefinition again = valid(shown);
        assertEquals(read, again);
    }

    @Test
    void aGetAnswerWithComputedFieldsGoesBackByPut() throws Exception {
        SegmentConfiguration configuration = CURRENT.with(valid(EVERY_FIELD));
        JsonNode got = SegmentDefinitionJson.toTree(configuration.find("coffee-lapsed").orElseThrow())
                .put("members", 1234).put("asOf", "2026-06-15T03:00:00Z");
        ParsedSegment.Valid put = assertInstanceOf(ParsedSegment.Valid.class, SegmentDefinitionJson.read(
                Json.write(got), configuration, "coffee-lapsed", Set.of("members", "asOf")));
        assertEquals(1, put.basedOn());
        assertEquals(configuration.find("coffee-lapsed").orElseThrow().conditions(), put.definition().conditions());
    }

    @Test
    void aStoredConfigurationReadsBackTheSame() {
        SegmentConfiguration configuration = CURRENT.with(valid(EVERY_FIELD)).with(valid(EVERY_FIELD))
                .with(new SegmentDefinition("later", "Later", 0, null)).withVersion(7);
        assertEquals(configuration, SegmentConfigurationJson.read(SegmentConfigurationJson.toJson(configuration)));
        assertEquals(2, SegmentConfigurationJson.read(SegmentConfigurationJson.toJson(configuration))
                .find("coffee-lapsed").orElseThrow().version());
    }

    private static SegmentDefinition valid(String body) {
        return assertInstanceOf(ParsedSegment.Valid.class, SegmentDefinitionJson.read(body, CURRENT)).definition();
    }
}
