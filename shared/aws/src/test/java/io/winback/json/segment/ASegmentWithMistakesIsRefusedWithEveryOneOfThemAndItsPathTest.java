package io.winback.json.segment;

import io.winback.segment.Comparison;
import io.winback.segment.Condition;
import io.winback.segment.SegmentConfiguration;
import io.winback.segment.SegmentDefinition;
import io.winback.validation.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** A definition with a dozen mistakes comes back with all of them, each at its JSON path, and nothing accepted. */
class ASegmentWithMistakesIsRefusedWithEveryOneOfThemAndItsPathTest {
    private static final SegmentConfiguration CURRENT = SegmentConfiguration.NONE
            .with(new SegmentDefinition("vip-lapsed", "VIP lapsed", 0,
                    new Condition.DaysSinceLastPurchase(Comparison.AT_LEAST, 90)))
            .with(new SegmentDefinition("vip-lapsed-coffee", "VIP lapsed coffee", 0,
                    new Condition.All(List.of(new Condition.InSegment("vip-lapsed")))));

    private static List<FieldError> errors(String body, SegmentConfiguration current, String pathId) {
        return assertInstanceOf(ParsedSegment.Invalid.class,
                SegmentDefinitionJson.read(body, current, pathId, Set.of())).errors();
    }

    private static List<String> described(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + ": " + e.message()).toList();
    }

    @Test
    void everyMistakeIsReportedAtOnceAtItsPath() {
        String body = """
                {"id": "Coffee Lapsed", "name": "", "colour": "red",
                 "conditions": {"all": [
                   {"field": "daysSinceLastPurchase", "op": "=>", "value": 60},
                   {"field": "spent", "op": ">=", "value": 10.005},
                   {"field": "purchase", "op": ">", "value": 3},
                   {"field": "boughtGroup", "group": "coffee", "withinDays": 30, "from": "2026-01-01", "to": "2026-01-31"},
                   {"field": "boughtSku", "sku": "B-1"},
                   {"any": [{"field": "band", "value": ["4+", "VIP", "5+"]},
                            {"field": "rfm", "value": ["555", "60?"]},
                            {"field": "standing", "value": "asleep"},
                            {"field": "gender", "value": "female"},
                            {"field": "abc", "value": "D"}]},
                   {"not": {"field": "consent", "channel": "telegram"}},
                   {"field": "property", "name": "city", "op": ">", "value": "Москва"},
                   {"field": "birthdayWithinDays", "value": "30"},
                   {"field": "inSegment", "segment": "nobody"},
                   {"field": "purchases", "op": ">=", "value": 2, "unit": "pcs"}]}}
                """;
        assertEquals(List.of(
                "colour: is not a field here; known: id, name, type, version, conditions",
                "id: must be 1 to 64 lower-case letters, digits and '-', starting with a letter or digit",
                "name: must be a text of 1 to 200 characters",
                "conditions.all[0].op: must be one of >=, >, <=, <, =, !=",
                "conditions.all[1].value: must be an amount of 0 or more with at most 2 decimals, such as 5000 or 99.50",
                "conditions.all[2].field: unknown field purchase; use one of daysSinceLastPurchase, purchases, spent, "
                        + "averageCheck, bonusBalance, band, rfm, abc, standing, store, gender, boughtGroup, boughtSku, "
                        + "birthdayWithinDays, consent, property, inSegment",
                "conditions.all[3]: give either withinDays or a period from and to, not both",
                "conditions.all[4]: give either withinDays or a period from and to, one of them",
                "conditions.all[5].any[0].value[2]: unknown segment 5+; use 1, 2-3, 4+, VIP",
                "conditions.all[5].any[1].value[1]: must be three RFM scores from 1 to 5, ? for any, such as 555 or 5?? (got 60?)",
                "conditions.all[5].any[2].value: unknown standing asleep; use active, sleeping, lost, never-bought",
                "conditions.all[5].any[3].value: unknown gender female; use F, M",
                "conditions.all[5].any[4].value: unknown ABC class D; use A, B, C",
                "conditions.all[6].not.channel: must be sms or email",
                "conditions.all[7].op: a string is compared only with = or !=",
                "conditions.all[8].value: must be a whole number of days from today to the birthday (0: today) from 0 to 365",
                "conditions.all[9].segment: no segment nobody is defined",
                "conditions.all[10].unit: is not a field here; known: field, op, value"),
                described(errors(body, CURRENT, null)));
    }

    @Test
    void aBandsLabelIsNoSegmentIdAndAPutKeepsThePathsId() {
        assertEquals(List.of("id: 2-3 is a band's label, which chains name where they name a segment; choose another"),
                described(errors("{\"id\": \"2-3\", \"name\": \"x\", \"type\": \"static\"}", CURRENT, null)));
        assertEquals(List.of("id: must be the id the path names, vip-lapsed: a segment's id does not change"),
                described(errors("{\"id\": \"other\", \"name\": \"x\", \"type\": \"static\"}", CURRENT, "vip-lapsed")));
        assertEquals(List.of("conditions: a static list has no conditions: its members are set by id list or CSV"),
                described(errors("{\"id\": \"list\", \"name\": \"x\", \"type\": \"static\", \"conditions\": "
                        + "{\"field\": \"purchases\", \"op\": \">\", \"value\": 1}}", CURRENT, null)));
        assertEquals(List.of("conditions: is required: {\"all\": [...]}, {\"any\": [...]}, {\"not\": {...}} or a "
                        + "condition with a field"),
                described(errors("{\"id\": \"list\", \"name\": \"x\"}", CURRENT, null)));
        assertEquals(List.of("conditions: mixes all, field; write one of {\"all\": [...]}, {\"any\": [...]}, "
                        + "{\"not\": {...}} or {\"field\": ...}"),
                described(errors("{\"id\": \"x\", \"name\": \"x\", \"conditions\": {\"all\": [], \"field\": \"spent\"}}",
                        CURRENT, null)));
    }

    @Test
    void namingASegmentThatNamesThisOneBackIsACycleAndRefused() {
        String body = """
                {"name": "VIP lapsed", "conditions": {"all": [
                  {"field": "daysSinceLastPurchase", "op": ">=", "value": 90},
                  {"field": "inSegment", "segment": "vip-lapsed-coffee"}]}}
                """;
        assertEquals(List.of("conditions.all[1].segment: naming vip-lapsed-coffee would make segments name each other "
                        + "round a cycle: vip-lapsed → vip-lapsed-coffee → vip-lapsed"),
                described(errors(body, CURRENT, "vip-lapsed")));
        assertEquals(List.of("conditions.segment: naming self would make segments name each other round a cycle: "
                        + "self → self"),
                described(errors("{\"id\": \"self\", \"name\": \"s\", \"conditions\": {\"field\": \"inSegment\", "
                        + "\"segment\": \"self\"}}", CURRENT, null)));
    }
}
