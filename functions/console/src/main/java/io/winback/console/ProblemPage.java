package io.winback.console;

import io.winback.report.ReportLanguage;

import java.util.HashMap;
import java.util.Map;

/** A page saying what went wrong (or what was done), in the frame of the visitor's pages. */
final class ProblemPage {
    private ProblemPage() {
    }

    /** @param who null before sign-in; {@code csrf} is then null too */
    static ConsoleReply of(int status, ReportLanguage language, Visitor who, String csrf, String path,
                           String russian, String english) {
        return ConsoleReply.page(status, html(language, who, csrf, path, russian, english));
    }

    static String html(ReportLanguage language, Visitor who, String csrf, String path, String russian,
                       String english) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("page", new Page(language, language.pick("Ошибка", "Problem"), who == null ? null : who.role(),
                csrf, path));
        parameters.put("message", language.pick(russian, english));
        return Pages.render("problem.jte", parameters);
    }
}
