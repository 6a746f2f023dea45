package io.winback.json.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winback.json.Json;
import io.winback.segment.SegmentConfiguration;
import io.winback.segment.SegmentDefinition;
import io.winback.validation.FieldError;

import java.util.List;
import java.util.Set;

/**
 * One segment as marketers write it ({@code POST /v1/segments}, {@code PUT /v1/segments/{id}}) and read it back
 * ({@code GET}): the same shape both ways, so a GET edited and PUT back round-trips.
 * <pre>{@code
 * {"id": "coffee-lapsed", "name": "Кофе, давно не были", "version": 2, "type": "dynamic",
 *  "conditions": {"all": [{"field": "daysSinceLastPurchase", "op": ">=", "value": 60},
 *                         {"field": "boughtGroup", "group": "coffee", "withinDays": 365},
 *                         {"any": [{"field": "band", "value": ["4+", "VIP"]},
 *                                  {"not": {"field": "consent", "channel": "sms"}}]}]}}
 * {"id": "call-list", "name": "Обзвон", "type": "static"}
 * }</pre>
 * <ul>
 *   <li>{@code id}: 1 to 64 lower-case letters, digits and {@code -}, starting with a letter or digit, and not a
 *       band's label ({@code 1}, {@code 2-3}): chains name segments where they name bands. A PUT may leave it out
 *       (the path names it) or repeat the path's. {@code name}: 1 to 200 characters.</li>
 *   <li>{@code type}: {@code dynamic} (when absent) with {@code conditions}, or {@code static} without any (members
 *       set by id list or CSV). {@code version}: what GET reports; sent back, it is the version the marketer
 *       edited ({@link ParsedSegment.Valid#basedOn}).</li>
 *   <li>{@code conditions}: {@code {"all": [...]}} (every one holds), {@code {"any": [...]}} (at least one), each a
 *       list of at least one condition, nestable; {@code {"not": {...}}}; or a leaf with a {@code field}:
 *     <ul>
 *       <li>{@code daysSinceLastPurchase}, {@code purchases}: {@code op} one of {@code >= > <= < = !=} and a whole
 *           {@code value} (a customer who never bought has no days since and fails);
 *           {@code spent}, {@code averageCheck}, {@code bonusBalance}: {@code op} and an amount of 0 or more with at
 *           most 2 decimals.</li>
 *       <li>{@code band} ({@code 1}, {@code 2-3}, {@code 4+}, {@code VIP}), {@code rfm} (three scores 1-5, {@code ?}
 *           for any: {@code 5??}), {@code abc} ({@code A}, {@code B}, {@code C}), {@code standing}
 *           ({@code active}, {@code sleeping}, {@code lost}, {@code never-bought}), {@code store} (the store the
 *           customer buys at most), {@code gender} ({@code F}, {@code M}): {@code value} one of them or a list of
 *           them (any matches). Unscored customers fail {@code rfm} and {@code abc}.</li>
 *       <li>{@code boughtGroup} with {@code group}, {@code boughtSku} with {@code sku}: and either {@code withinDays}
 *           (today and that many days before) or {@code from} and {@code to} (days, inclusive), not both.</li>
 *       <li>{@code birthdayWithinDays}: {@code value} 0 to 365, the next birthday today or within that many days
 *           (29 February kept on 28 February in other years).</li>
 *       <li>{@code consent}: {@code channel} {@code sms} or {@code email}; {@code "value": false} for those the
 *           shop may not use it for (a standing withdrawal is a no).</li>
 *       <li>{@code property}: {@code name}, {@code op} and a {@code value} whose JSON type is the property's type:
 *           a number, {@code true}/{@code false}, a day as {@code 2026-01-31} (a date), or any other text. Numbers
 *           and dates take every {@code op}; texts and flags {@code =} and {@code !=} only; texts match exactly.
 *           A customer without the property, or with it of another type, fails (also for {@code !=}).</li>
 *       <li>{@code inSegment}: {@code segment}, the id of a segment defined already (dynamic or static), never one
 *           that names this one back, directly or round a longer cycle.</li>
 *     </ul></li>
 *   <li>Unknown fields are refused at every level (a typo must not be silently ignored), except those the API lists
 *       as computed ({@link #read(String, SegmentConfiguration, String, Set)}), which a GET carries and a PUT
 *       ignores. Every mistake is reported at once, each with its JSON path ({@code conditions.all[1].op}).</li>
 * </ul>
 */
public final class SegmentDefinitionJson {
    private SegmentDefinitionJson() {
    }

    /** The definition as GET shows it; the API may add computed fields (member count, as of) to the tree. */
    public static ObjectNode toTree(SegmentDefinition definition) {
        ObjectNode node = Json.objectNode();
        node.put("id", definition.id());
        node.put("name", definition.name());
        node.put("version", definition.version());
        node.put("type", definition.isStatic() ? SegmentDefinitionReader.STATIC : SegmentDefinitionReader.DYNAMIC);
        if (!definition.isStatic()) {
            node.set("conditions", ConditionWriter.write(definition.conditions()));
        }
        return node;
    }

    public static String toJson(SegmentDefinition definition) {
        return Json.write(toTree(definition));
    }

    /** A {@code POST} body: the id in it; checked against {@code current}, the configuration it is to join. */
    public static ParsedSegment read(String body, SegmentConfiguration current) {
        return read(body, current, null, Set.of());
    }

    /**
     * @param pathId   the id a {@code PUT}'s path names (null for a {@code POST}: the body names it)
     * @param computed fields a GET answer carries that are computed, ignored when sent back
     */
    public static ParsedSegment read(String body, SegmentConfiguration current, String pathId, Set<String> computed) {
        if (body == null || body.isBlank()) {
            return invalid("body", "must be a JSON object with the segment's id, name and conditions");
        }
        JsonNode root;
        try {
            root = Json.readTree(body);
        } catch (JsonProcessingException e) {
            return invalid("body", "malformed JSON: " + e.getOriginalMessage());
        }
        return new SegmentDefinitionReader(current, computed).read(root, pathId);
    }

    private static ParsedSegment invalid(String field, String message) {
        return new ParsedSegment.Invalid(List.of(FieldError.of(field, message)));
    }
}
