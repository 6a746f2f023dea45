package io.winback.json.segment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winback.domain.AbcClass;
import io.winback.domain.CustomProperty;
import io.winback.domain.PurchaseBand;
import io.winback.domain.Standing;
import io.winback.json.Json;
import io.winback.segment.Comparison;
import io.winback.segment.Condition;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a condition tree in the shape {@link ConditionReader} reads, so what GET shows a PUT takes back as it is.
 * Lists are written in a fixed order (bands and standings as the domain orders them, texts alphabetically), and a
 * list of one as its single value.
 */
final class ConditionWriter {
    private static final Map<Standing, String> STANDING_NAMES = ConditionReader.STANDINGS.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

    private ConditionWriter() {
    }

    static ObjectNode write(Condition condition) {
        ObjectNode node = Json.objectNode();
        switch (condition) {
            case Condition.All all -> parts(node.putArray("all"), all.conditions());
            case Condition.Any any -> parts(node.putArray("any"), any.conditions());
            case Condition.Not not -> node.set("not", write(not.condition()));
            case Condition.DaysSinceLastPurchase days -> compared(node, "daysSinceLastPurchase", days.op())
                    .put("value", days.days());
            case Condition.Purchases purchases -> compared(node, "purchases", purchases.op())
                    .put("value", purchases.count());
            case Condition.Spent spent -> compared(node, "spent", spent.op()).put("value", spent.amount());
            case Condition.AverageCheck average -> compared(node, "averageCheck", average.op())
                    .put("value", average.amount());
            case Condition.BonusBalance balance -> compared(node, "bonusBalance", balance.op())
                    .put("value", balance.amount());
            case Condition.BandIn band -> listed(node, "band", band.bands().stream()
                    .sorted(Comparator.naturalOrder()).map(PurchaseBand::label).toList());
            case Condition.RfmIn rfm -> listed(node, "rfm", rfm.codes().stream().sorted().toList());
            case Condition.AbcIn abc -> listed(node, "abc", abc.classes().stream().sorted().map(AbcClass::name).toList());
            case Condition.StandingIn standing -> listed(node, "standing", standing.standings().stream().sorted()
                    .map(STANDING_NAMES::get).toList());
            case Condition.StoreIn store -> listed(node, "store", store.stores().stream().sorted().toList());
            case Condition.GenderIs gender -> node.put("field", "gender").put("value", gender.gender().name());
            case Condition.Bought bought -> {
                boolean group = bought.item().kind() == io.winback.segment.ItemRef.Kind.GROUP;
                node.put("field", group ? "boughtGroup" : "boughtSku").put(group ? "group" : "sku",
                        bought.item().name());
                if (bought.withinDays() != null) {
                    node.put("withinDays", bought.withinDays());
                } else {
                    node.put("from", bought.from().toString()).put("to", bought.to().toString());
                }
            }
            case Condition.BirthdayWithinDays birthday -> node.put("field", "birthdayWithinDays")
                    .put("value", birthday.days());
            case Condition.ConsentTo consent -> {
                node.put("field", "consent").put("channel", consent.channel().wireName());
                if (!consent.given()) {
                    node.put("value", false);
                }
            }
            case Condition.Property property -> {
                compared(node.put("field", "property").put("name", property.name()), null, property.op());
                switch (property.value()) {
                    case CustomProperty.Number number -> node.put("value", number.value());
                    case CustomProperty.Text text -> node.put("value", text.value());
                    case CustomProperty.Date date -> node.put("value", date.value().toString());
                    case CustomProperty.Flag flag -> node.put("value", flag.value());
                }
            }
            case Condition.InSegment in -> node.put("field", "inSegment").put("segment", in.segmentId());
        }
        return node;
    }

    private static void parts(ArrayNode array, List<Condition> parts) {
        parts.forEach(part -> array.add(write(part)));
    }

    /** The field (unless already written) and the comparison; the caller adds the value. */
    private static ObjectNode compared(ObjectNode node, String field, Comparison op) {
        if (field != null) {
            node.put("field", field);
        }
        return node.put("op", op.symbol());
    }

    private static void listed(ObjectNode node, String field, Collection<String> values) {
        node.put("field", field);
        if (values.size() == 1) {
            node.put("value", values.iterator().next());
        } else {
            ArrayNode array = node.putArray("value");
            values.forEach(array::add);
        }
    }
}
