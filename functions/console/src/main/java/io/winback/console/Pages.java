package io.winback.console;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

import java.util.Map;

/**
 * The console's templates, compiled to Java at build time (src/main/jte, by jte-maven-plugin): nothing is parsed at
 * cold start, and every value a template prints is HTML-escaped unless the template says otherwise.
 */
final class Pages {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Pages.class.getClassLoader(), "io.winback.console");

    private Pages() {
    }

    /** {@code template} (its file name under src/main/jte) rendered with {@code parameters}. */
    static String render(String template, Map<String, Object> parameters) {
        StringOutput output = new StringOutput();
        ENGINE.render(template, parameters, output);
        return output.toString();
    }
}
