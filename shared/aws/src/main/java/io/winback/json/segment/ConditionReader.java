package io.winback.json.segment;

import com.fasterxml.jackson.databind.JsonNode;
import io.winback.chain.Channel;
import io.winback.domain.AbcClass;
import io.winback.domain.CustomProperty;
import io.winback.domain.Gender;
import io.winback.domain.OneLineText;
import io.winback.domain.PurchaseBand;
import io.winback.domain.SaleLine;
import io.winback.domain.Standing;
import io.winback.json.Fields;
import io.winback.json.JsonPaths;
import io.winback.segment.Comparison;
import io.winback.segment.Condition;
import io.winback.segment.ItemRef;
import io.winback.segment.PropertyOrder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a segment's {@code conditions} tree in the shape {@link SegmentDefinitionJson} documents, recording every
 * mistake with its path and going on. Which segments {@code inSegment} may name is given; where each is named is
 * remembered ({@link #namedAt}) so that a cycle can be pointed at.
 */
final class ConditionReader {
    static final int MAX_DAYS = 3650;
    static final int MAX_BIRTHDAY_DAYS = 365;
    static final int MAX_PURCHASES = 1_000_000;
    static final int MAX_PROPERTY_NAME_LENGTH = 64;
    static final int MAX_STORE_LENGTH = 128;

    static final String OPS = Arrays.stream(Comparison.values()).map(Comparison::symbol)
            .collect(Collectors.joining(", "));
    static final Map<String, Standing> STANDINGS = Map.of("active", Standing.ACTIVE, "sleeping", Standing.SLEEPING,
            "lost", Standing.LOST, "never-bought", Standing.NEVER_BOUGHT);

    private static final Set<String> COMBINATIONS = Fields.ordered("all", "any", "not");
    private static final Map<String, Set<String>> LEAF_FIELDS = leafFields();

    private final Fields fields;
    private final Set<String> segments;
    private final Map<String, String> namedAt = new LinkedHashMap<>();

    /** @param segments the ids {@code inSegment} may name */
    ConditionReader(Fields fields, Set<String> segments) {
        this.fields = fields;
        this.segments = segments;
    }

    private static Map<String, Set<String>> leafFields() {
        Map<String, Set<String>> known = new LinkedHashMap<>();
        for (String compared : List.of("daysSinceLastPurchase", "purchases", "spent", "averageCheck", "bonusBalance")) {
            known.put(compared, Fields.ordered("field", "op", "value"));
        }
        for (String listed : List.of("band", "rfm", "abc", "standing", "store", "gender")) {
            known.put(listed, Fields.ordered("field", "value"));
        }
        known.put("boughtGroup", Fields.ordered("field", "group", "withinDays", "from", "to"));
        known.put("boughtSku", Fields.ordered("field", "sku", "withinDays", "from", "to"));
        known.put("birthdayWithinDays", Fields.ordered("field", "value"));
        known.put("consent", Fields.ordered("field", "channel", "value"));
        known.put("property", Fields.ordered("field", "name", "op", "value"));
        known.put("inSegment", Fields.ordered("field", "segment"));
        return known;
    }

    /** Where the conditions name each segment: the path of the first {@code inSegment} naming it. */
    Map<String, String> namedAt() {
        return namedAt;
    }

    /** The condition at {@code path}, or null when it has mistakes (then recorded). */
    Condition read(JsonNode node, String path) {
        if (fields.requiredObject(node, path, "{\"all\": [...]}, {\"any\": [...]}, {\"not\": {...}} or a condition "
                + "with a field") == null) {
            return null;
        }
        List<String> forms = new ArrayList<>();
        node.fieldNames().forEachRemaining(name -> {
            if (COMBINATIONS.contains(name) || name.equals("field")) {
                forms.add(name);
            }
        });
        if (forms.size() != 1) {
            fields.error(path, (forms.isEmpty() ? "names no condition" : "mixes " + String.join(", ", forms))
                    + "; write one of {\"all\": [...]}, {\"any\": [...]}, {\"not\": {...}} or {\"field\": ...}");
            return null;
        }
        String form = forms.get(0);
        if (!form.equals("field")) {
            fields.rejectUnknown(node, path, Set.of(form));
            String partPath = JsonPaths.field(path, form);
            if (form.equals("not")) {
                Condition negated = read(node.get("not"), partPath);
                return negated == null ? null : new Condition.Not(negated);
            }
            List<Condition> parts = parts(node.get(form), partPath);
            return parts == null ? null : form.equals("all") ? new Condition.All(parts) : new Condition.Any(parts);
        }
        return leaf(node, path);
    }

    private List<Condition> parts(JsonNode node, String path) {
        if (Fields.absent(node) || !node.isArray() || node.isEmpty()) {
            fields.error(path, "must be a list of at least one condition");
            return null;
        }
        List<Condition> parts = new ArrayList<>();
        boolean whole = true;
        for (int i = 0; i < node.size(); i++) {
            Condition part = read(node.get(i), JsonPaths.index(path, i));
            whole &= part != null;
            parts.add(part);
        }
        return whole ? parts : null;
    }

    private Condition leaf(JsonNode node, String path) {
        String fieldPath = JsonPaths.field(path, "field");
        JsonNode nameNode = node.get("field");
        String name = nameNode.isTextual() ? nameNode.asText() : null;
        if (name == null || !LEAF_FIELDS.containsKey(name)) {
            fields.error(fieldPath, (name == null ? "must be a text" : "unknown field " + name) + "; use one of "
                    + String.join(", ", LEAF_FIELDS.keySet()));
            return null;
        }
        fields.rejectUnknown(node, path, LEAF_FIELDS.get(name));
        int before = fields.count();
        String valuePath = JsonPaths.field(path, "value");
        JsonNode value = node.get("value");
        Condition condition = switch (name) {
            case "daysSinceLastPurchase" -> {
                Comparison op = op(node, path);
                Integer days = fields.wholeNumber(value, valuePath, 0, MAX_DAYS, "days");
                yield op == null || days == null ? null : new Condition.DaysSinceLastPurchase(op, days);
            }
            case "purchases" -> {
                Comparison op = op(node, path);
                Integer count = fields.wholeNumber(value, valuePath, 0, MAX_PURCHASES, "purchases");
                yield op == null || count == null ? null : new Condition.Purchases(op, count);
            }
            case "spent", "averageCheck", "bonusBalance" -> {
                Comparison op = op(node, path);
                BigDecimal amount = fields.amount(value, valuePath);
                yield op == null || amount == null ? null : switch (name) {
                    case "spent" -> new Condition.Spent(op, amount);
                    case "averageCheck" -> new Condition.AverageCheck(op, amount);
                    default -> new Condition.BonusBalance(op, amount);
                };
            }
            case "band" -> {
                Set<PurchaseBand> bands = oneOrMore(value, valuePath, "segment", Arrays.stream(PurchaseBand.values())
                        .collect(Collectors.toMap(PurchaseBand::label, b -> b, (a, b) -> a, LinkedHashMap::new)));
                yield bands == null ? null : new Condition.BandIn(bands);
            }
            case "rfm" -> {
                Set<String> codes = texts(value, valuePath, "RFM code", code -> code.matches(Condition.RfmIn.CODE_PATTERN)
                        ? null : "must be three RFM scores from 1 to 5, ? for any, such as 555 or 5?? (got " + code + ")");
                yield codes == null ? null : new Condition.RfmIn(codes);
            }
            case "abc" -> {
                Set<AbcClass> classes = oneOrMore(value, valuePath, "ABC class", Arrays.stream(AbcClass.values())
                        .collect(Collectors.toMap(AbcClass::name, c -> c, (a, b) -> a, LinkedHashMap::new)));
                yield classes == null ? null : new Condition.AbcIn(classes);
            }
            case "standing" -> {
                Set<Standing> standings = oneOrMore(value, valuePath, "standing", standingsByName());
                yield standings == null ? null : new Condition.StandingIn(standings);
            }
            case "store" -> {
                Set<String> stores = texts(value, valuePath, "store id", store -> store.isBlank()
                        || store.length() > MAX_STORE_LENGTH ? "must be a store id of 1 to " + MAX_STORE_LENGTH
                        + " characters" : null);
                yield stores == null ? null : new Condition.StoreIn(stores);
            }
            case "gender" -> {
                Set<Gender> genders = oneOrMore(value, valuePath, "gender", Arrays.stream(Gender.values())
                        .collect(Collectors.toMap(Gender::name, g -> g, (a, b) -> a, LinkedHashMap::new)));
                yield genders == null ? null : genders.size() == 1 ? new Condition.GenderIs(genders.iterator().next())
                        : new Condition.Any(genders.stream().map(g -> (Condition) new Condition.GenderIs(g)).toList());
            }
            case "boughtGroup" -> bought(node, path, "group");
            case "boughtSku" -> bought(node, path, "sku");
            case "birthdayWithinDays" -> {
                Integer days = fields.wholeNumber(value, valuePath, 0, MAX_BIRTHDAY_DAYS,
                        "days from today to the birthday (0: today)");
                yield days == null ? null : new Condition.BirthdayWithinDays(days);
            }
            case "consent" -> consent(node, path);
            case "property" -> property(node, path);
            default -> inSegment(node, path);
        };
        return fields.count() == before ? condition : null;
    }

    private static Map<String, Standing> standingsByName() {
        Map<String, Standing> ordered = new LinkedHashMap<>();
        for (String name : List.of("active", "sleeping", "lost", "never-bought")) {
            ordered.put(name, STANDINGS.get(name));
        }
        return ordered;
    }

    private Comparison op(JsonNode node, String path) {
        JsonNode op = node.get("op");
        Comparison comparison = op != null && op.isTextual() ? Comparison.ofSymbol(op.asText()) : null;
        if (comparison == null) {
            fields.error(JsonPaths.field(path, "op"), (Fields.absent(op) ? "is required; " : "")
                    + "must be one of " + OPS);
        }
        return comparison;
    }

    /** A name or a list of names, each a key of {@code known}. */
    private <T> Set<T> oneOrMore(JsonNode value, String path, String what, Map<String, T> known) {
        Set<String> names = texts(value, path, what, name -> known.containsKey(name) ? null
                : "unknown " + what + " " + name + "; use " + String.join(", ", known.keySet()));
        if (names == null) {
            return null;
        }
        Set<T> values = new LinkedHashSet<>();
        names.forEach(name -> values.add(known.get(name)));
        return values;
    }

    /** A text or a non-empty list of texts, each passing {@code problem} (null: fine, else the reason). */
    private Set<String> texts(JsonNode value, String path, String what, Function<String, String> problem) {
        String shape = "must be a " + what + " or a list of them";
        if (Fields.absent(value) || !(value.isTextual() || value.isArray()) || (value.isArray() && value.isEmpty())) {
            fields.error(path, (Fields.absent(value) ? "is required; " : "") + shape);
            return null;
        }
        List<JsonNode> items = new ArrayList<>();
        value.forEach(items::add);
        if (value.isTextual()) {
            items = List.of(value);
        }
        Set<String> texts = new LinkedHashSet<>();
        boolean whole = true;
        for (int i = 0; i < items.size(); i++) {
            String itemPath = value.isArray() ? JsonPaths.index(path, i) : path;
            JsonNode item = items.get(i);
            String why = item.isTextual() ? problem.apply(item.asText()) : shape;
            if (why != null) {
                fields.error(itemPath, why);
                whole = false;
            } else {
                texts.add(item.asText());
            }
        }
        return whole ? texts : null;
    }

    private Condition bought(JsonNode node, String path, String kind) {
        String itemPath = JsonPaths.field(path, kind);
        String name = fields.requiredText(node, kind, itemPath, SaleLine.MAX_GROUP_LENGTH);
        if (name != null && (!OneLineText.isOneLine(name) || !name.equals(name.strip()))) {
            // The webhook keeps a line's group and SKU stripped and on one line: another name never matches.
            fields.error(itemPath, "must be on one line without spaces around it, as the receipts name it");
            name = null;
        }
        boolean window = !Fields.absent(node.get("withinDays"));
        boolean period = !Fields.absent(node.get("from")) || !Fields.absent(node.get("to"));
        if (window == period) {
            fields.error(path, "give either withinDays or a period from and to, "
                    + (window ? "not both" : "one of them"));
            return null;
        }
        ItemRef item = name == null ? null : kind.equals("group") ? ItemRef.group(name) : ItemRef.sku(name);
        if (window) {
            Integer days = fields.wholeNumber(node.get("withinDays"), JsonPaths.field(path, "withinDays"), 0, MAX_DAYS,
                    "days back from today (0: today)");
            return item == null || days == null ? null : Condition.Bought.within(item, days);
        }
        LocalDate from = date(node.get("from"), JsonPaths.field(path, "from"));
        LocalDate to = date(node.get("to"), JsonPaths.field(path, "to"));
        if (from != null && to != null && to.isBefore(from)) {
            fields.error(JsonPaths.field(path, "to"), "must not be before from (" + from + ")");
            return null;
        }
        return item == null || from == null || to == null ? null : Condition.Bought.between(item, from, to);
    }

    private LocalDate date(JsonNode node, String path) {
        String message = "must be a day written as 2026-01-31";
        if (Fields.absent(node) || !node.isTextual()) {
            fields.error(path, (Fields.absent(node) ? "is required; " : "") + message);
            return null;
        }
        LocalDate day = isoDay(node.asText());
        if (day == null) {
            fields.error(path, message);
        }
        return day;
    }

    /** A day written as ISO {@code 2026-01-31}, or null. */
    static LocalDate isoDay(String text) {
        if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Condition consent(JsonNode node, String path) {
        JsonNode channelNode = node.get("channel");
        Channel channel = null;
        if (channelNode != null && channelNode.isTextual()) {
            try {
                channel = Channel.fromWireName(channelNode.asText());
            } catch (IllegalArgumentException unknown) {
                channel = null;
            }
        }
        if (channel == null) {
            fields.error(JsonPaths.field(path, "channel"), (Fields.absent(channelNode) ? "is required; " : "")
                    + "must be sms or email");
        }
        JsonNode value = node.get("value");
        if (!Fields.absent(value) && !value.isBoolean()) {
            fields.error(JsonPaths.field(path, "value"), "must be true (the shop may use the channel; when absent) "
                    + "or false (it may not)");
            return null;
        }
        return channel == null ? null : new Condition.ConsentTo(channel, Fields.absent(value) || value.booleanValue());
    }

    private Condition property(JsonNode node, String path) {
        String name = fields.requiredText(node, "name", JsonPaths.field(path, "name"), MAX_PROPERTY_NAME_LENGTH);
        Comparison op = op(node, path);
        String valuePath = JsonPaths.field(path, "value");
        JsonNode value = node.get("value");
        CustomProperty property = null;
        if (Fields.absent(value) || !(value.isNumber() || value.isTextual() || value.isBoolean())) {
            fields.error(valuePath, (Fields.absent(value) ? "is required; " : "") + "must be a number, a text, "
                    + "true or false, or a day written as 2026-01-31");
        } else if (value.isNumber()) {
            property = new CustomProperty.Number(value.decimalValue());
        } else if (value.isBoolean()) {
            property = new CustomProperty.Flag(value.booleanValue());
        } else {
            LocalDate day = isoDay(value.asText());
            property = day != null ? new CustomProperty.Date(day) : new CustomProperty.Text(value.asText());
        }
        if (property != null && op != null && !PropertyOrder.allows(property, op)) {
            fields.error(JsonPaths.field(path, "op"), "a " + property.typeName() + " is compared only with "
                    + PropertyOrder.comparisonsOf(property).stream().map(Comparison::symbol)
                    .collect(Collectors.joining(" or ")));
            return null;
        }
        return name == null || op == null || property == null ? null : new Condition.Property(name, op, property);
    }

    private Condition inSegment(JsonNode node, String path) {
        String segmentPath = JsonPaths.field(path, "segment");
        String segment = fields.requiredText(node, "segment", segmentPath, SegmentDefinitionReader.MAX_ID_LENGTH);
        if (segment == null) {
            return null;
        }
        if (!segments.contains(segment)) {
            fields.error(segmentPath, "no segment " + segment + " is defined");
            return null;
        }
        namedAt.putIfAbsent(segment, segmentPath);
        return new Condition.InSegment(segment);
    }
}
