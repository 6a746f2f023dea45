package io.winback.console;

import io.winback.domain.CustomProperty;
import io.winback.domain.PurchaseBand;
import io.winback.domain.Standing;
import io.winback.report.ReportLanguage;
import io.winback.segment.Comparison;
import io.winback.segment.Condition;
import io.winback.segment.ItemRef;
import io.winback.text.Noun;
import io.winback.text.ShopText;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** A segment's conditions as the shop reads them: "дней с последней покупки ≥ 60", "купил группу «кофе» за 365 дн.". */
final class SegmentWords {
    private SegmentWords() {
    }

    /** The conditions as lines: the top "all" or "any" says how they combine, each part a line of its own. */
    static List<String> lines(Condition condition, ReportLanguage language) {
        return switch (condition) {
            case null -> List.of(language.pick("Статический список: участники заданы списком",
                    "A static list: its members are set by a list"));
            case Condition.All all -> all.conditions().stream().map(c -> of(c, language)).toList();
            case Condition.Any any -> any.conditions().stream().map(c -> of(c, language)).toList();
            default -> List.of(of(condition, language));
        };
    }

    /** How the top of the conditions combines them: every one, or at least one. */
    static String joining(Condition condition, ReportLanguage language) {
        return condition instanceof Condition.Any ? language.pick("Подходит хотя бы одно условие:",
                "At least one of these holds:") : language.pick("Выполняются все условия:", "All of these hold:");
    }

    static String of(Condition condition, ReportLanguage l) {
        return switch (condition) {
            case Condition.All all -> "(" + all.conditions().stream().map(c -> of(c, l))
                    .collect(Collectors.joining(l.pick(" и ", " and "))) + ")";
            case Condition.Any any -> "(" + any.conditions().stream().map(c -> of(c, l))
                    .collect(Collectors.joining(l.pick(" или ", " or "))) + ")";
            case Condition.Not not -> l.pick("не ", "not ") + of(not.condition(), l);
            case Condition.DaysSinceLastPurchase d -> l.pick("дней с последней покупки", "days since the last purchase")
                    + " " + op(d.op()) + " " + d.days();
            case Condition.Purchases p -> l.pick("покупок", "purchases") + " " + op(p.op()) + " " + p.count();
            case Condition.Spent s -> l.pick("потрачено", "spent") + " " + op(s.op()) + " " + number(s.amount(), l);
            case Condition.AverageCheck a -> l.pick("средний чек", "average check") + " " + op(a.op()) + " "
                    + number(a.amount(), l);
            case Condition.BonusBalance b -> l.pick("бонусов на счёте", "bonus balance") + " " + op(b.op()) + " "
                    + number(b.amount(), l);
            case Condition.BandIn b -> l.pick("группа по покупкам: ", "band: ")
                    + names(b.bands().stream().map(PurchaseBand::label).toList(), l);
            case Condition.RfmIn r -> "RFM: " + names(r.codes(), l);
            case Condition.AbcIn a -> "ABC: " + names(a.classes().stream().map(Enum::name).toList(), l);
            case Condition.StandingIn s -> l.pick("состояние: ", "standing: ")
                    + names(s.standings().stream().map(st -> standing(st, l)).toList(), l);
            case Condition.StoreIn s -> l.pick("чаще всего покупает в магазине ", "buys most at store ")
                    + names(s.stores(), l);
            case Condition.GenderIs g -> l.pick("пол: ", "gender: ") + g.gender().name();
            case Condition.Bought b -> bought(b, l);
            case Condition.BirthdayWithinDays b -> l.pick("день рождения в ближайшие ", "birthday within ")
                    + Noun.DAY.count(b.days(), l);
            case Condition.ConsentTo c -> (c.given() ? l.pick("можно писать: ", "may be messaged by ")
                    : l.pick("нельзя писать: ", "may not be messaged by ")) + c.channel().wireName();
            case Condition.Property p -> l.pick("свойство ", "property ") + p.name() + " " + op(p.op()) + " "
                    + property(p.value());
            case Condition.InSegment s -> l.pick("в сегменте ", "in segment ") + s.segmentId();
        };
    }

    private static String bought(Condition.Bought bought, ReportLanguage l) {
        boolean group = bought.item().kind() == ItemRef.Kind.GROUP;
        String what = group ? l.pick("покупал группу «", "bought the group '") : l.pick("покупал товар «",
                "bought the SKU '");
        String when = bought.withinDays() != null
                ? l.pick("за последние ", "within the last ") + Noun.DAY.count(bought.withinDays(), l)
                : l.pick("с ", "from ") + ShopText.day(bought.from(), l) + l.pick(" по ", " to ")
                + ShopText.day(bought.to(), l);
        return what + bought.item().name() + l.pick("» ", "' ") + when;
    }

    private static String op(Comparison comparison) {
        return switch (comparison) {
            case AT_LEAST -> "≥";
            case MORE_THAN -> ">";
            case AT_MOST -> "≤";
            case LESS_THAN -> "<";
            case EQUAL -> "=";
            case NOT_EQUAL -> "≠";
        };
    }

    private static String number(BigDecimal amount, ReportLanguage language) {
        return ShopText.number(amount, language);
    }

    private static String names(Collection<String> names, ReportLanguage language) {
        return names.stream().sorted().collect(Collectors.joining(language.pick(" или ", " or ")));
    }

    private static String standing(Standing standing, ReportLanguage language) {
        return switch (standing) {
            case ACTIVE -> language.pick("активен", "active");
            case SLEEPING -> language.pick("уснул", "sleeping");
            case LOST -> language.pick("потерян", "lost");
            case NEVER_BOUGHT -> language.pick("не покупал", "never bought");
        };
    }

    private static String property(CustomProperty value) {
        return switch (value) {
            case CustomProperty.Text text -> "«" + text.value() + "»";
            case CustomProperty.Number number -> number.value().toPlainString();
            case CustomProperty.Date date -> date.value().toString();
            case CustomProperty.Flag flag -> flag.value().toString();
        };
    }
}
