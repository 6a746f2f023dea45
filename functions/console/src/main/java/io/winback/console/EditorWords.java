package io.winback.console;

import io.winback.report.ReportLanguage;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The configuration and campaign readers' reasons (written in English for the API's integrators) in the words of a
 * Russian page: the ones a chain step's, a campaign's or a segment's form can meet. A reason not listed here is shown as the reader wrote it, never dropped.
 */
final class EditorWords {
    private record Rule(Pattern english, Function<Matcher, String> russian) {
    }

    private static final List<Rule> RULES = List.of(
            rule("(?:is required; )?must be a whole number of .* from (\\d+) to (\\d+)",
                    m -> "нужно целое число от " + m.group(1) + " до " + m.group(2)),
            rule("(?:is required; )?must be an amount (?:above|of) 0.*",
                    m -> "нужна сумма больше 0, не больше двух знаков после запятой, например 100 или 99,50"),
            rule("(?:is required; )?must be a text of 1 to (\\d+) characters",
                    m -> "нужен текст длиной от 1 до " + m.group(1) + " знаков"),
            rule("must be the text staff read out, 1-(\\d+) characters",
                    m -> "нужен текст для сотрудника длиной от 1 до " + m.group(1) + " знаков"),
            rule("does nothing: give it channels with messages, a bonus or a call",
                    m -> "шаг ничего не делает: выберите канал с текстом, бонус или звонок"),
            rule("is required: (sms|email) is among the channels and ru is the default language",
                    m -> "нужен текст на русском: канал " + ("sms".equals(m.group(1)) ? "SMS" : "«письмо»")
                            + " выбран, а русский — язык по умолчанию"),
            rule("unknown placeholder (\\{[^}]*}); .*",
                    m -> "неизвестная подстановка " + m.group(1) + "; можно {name}, {amount}, {until}, {store}"),
            rule("the (.) at character (\\d+) opens or closes no placeholder; .*",
                    m -> "скобка «" + m.group(1) + "» на " + m.group(2) + "-м знаке не открывает и не закрывает"
                            + " подстановку"),
            rule("\\{group} names a product group, and a .* chain has none; .*",
                    m -> "{group} — товарная группа, а у этой цепочки её нет"),
            rule("(\\{amount}|\\{until}) names the bonus, and this step grants none",
                    m -> m.group(1) + " называет бонус, а этот шаг бонуса не даёт"),
            rule("must not contain control characters or line breaks.*",
                    m -> "не должно быть переносов строк и управляющих знаков"),
            rule("must be a list of channels.*|must be sms or email|.* is listed twice",
                    m -> "выберите SMS, письмо или оба"),
            rule("(?:is required; )?must be one of (.*)", m -> "нужно одно из: " + m.group(1)),
            rule("must be 1 to 64 lower-case letters, digits and '-', starting with a letter or digit",
                    m -> "от 1 до 64 строчных латинских букв, цифр и «-», в начале буква или цифра"),
            rule("give either withinDays or a period from and to.*",
                    m -> "укажите либо число дней, либо период — что-то одно"),
            rule("(?:is required; )?must be a text", m -> "нужен текст"),
            rule("may hold only letters, digits, '.', '_', '\\+' and '-'",
                    m -> "только латинские буквы, цифры и знаки . _ + -"),
            rule("no segment (\\S+) is defined; .*", m -> "сегмента " + m.group(1) + " нет: сначала создайте его"),
            rule("\\S+ is above MaxBonus (\\S+), .*",
                    m -> "больше " + m.group(1) + " — наибольшего бонуса этой установки (параметр MaxBonus);"
                            + " уменьшите сумму"),
            rule("\\S+ is above the bonus cap (\\S+) = average check (\\S+) × margin (\\S+) × share (\\S+);.*",
                    m -> "больше предела бюджета " + m.group(1) + " = средний чек " + m.group(2) + " × маржа "
                            + m.group(3) + " × доля " + m.group(4) + "; уменьшите сумму до " + m.group(1)
                            + " или измените бюджет"));

    private EditorWords() {
    }

    private static Rule rule(String english, Function<Matcher, String> russian) {
        return new Rule(Pattern.compile(english, Pattern.DOTALL), russian);
    }

    static String of(String reason, ReportLanguage language) {
        if (language != ReportLanguage.RU) {
            return reason;
        }
        for (Rule rule : RULES) {
            Matcher m = rule.english().matcher(reason);
            if (m.matches()) {
                return rule.russian().apply(m);
            }
        }
        return reason;
    }
}
