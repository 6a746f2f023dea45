package io.winback.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A newcomer following README.md and docs/ never lands on a missing page or section: every relative link (outside
 * code) names a file that exists and, with a {@code #fragment}, a heading of that page as GitHub anchors it.
 */
class EveryRelativeLinkInTheDocsResolvesTest {
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final Path ROOT = OpenApiContract.repositoryRoot();

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")).sorted().forEach(pages::add);
        }
        return pages;
    }

    @Test
    void everyRelativeLinkOfReadmeAndDocsNamesAFileAndAHeadingThatExist() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages()) {
            Matcher link = LINK.matcher(outsideCode(Files.readString(page)));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
                    continue; // https:, mailto: — not ours to check here
                }
                checked++;
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path linked = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
                if (!Files.exists(linked)) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (no file " + ROOT.relativize(linked) + ")");
                } else if (hash >= 0 && !anchorsOf(linked).contains(target.substring(hash + 1))) {
                    broken.add(ROOT.relativize(page) + ": " + target + " (no such heading in "
                            + ROOT.relativize(linked) + ")");
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked >= 20, "links were found and checked: " + checked);
    }

    @Test
    void theReadmeStaysShortEnoughForANewcomerToReadThrough() throws IOException {
        long lines = Files.readAllLines(ROOT.resolve("README.md")).size();
        assertTrue(lines <= 210, "README.md has " + lines + " lines; move the detail to docs/");
    }

    @Test
    void headingsAreAnchoredAsGitHubAnchorsThem() {
        assertEquals("what---data-dir-costs", slug("What `--data-dir` costs"));
        assertEquals("your-customers-data-export-and-erasure", slug("Your customers' data: export and erasure"));
        assertEquals("retention-metrics-get-v1reportsmetricsfromtostore",
                slug("Retention metrics: `GET /v1/reports/metrics?from=&to=&store=`"));
        assertEquals("два-слова", slug("Два слова"));
    }

    /** The page without fenced code blocks and inline code, where a "[x](y)" is an example, not a link. */
    private static String outsideCode(String markdown) {
        StringBuilder kept = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (!fenced) {
                kept.append(line.replaceAll("`[^`]*`", "")).append('\n');
            }
        }
        return kept.toString();
    }

    /** The anchors of a Markdown page's headings (none for other files). */
    private static Set<String> anchorsOf(Path page) throws IOException {
        Set<String> anchors = new HashSet<>();
        if (!page.toString().endsWith(".md")) {
            return anchors;
        }
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(page)) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && line.matches("^#{1,6} .*")) {
                String slug = slug(line.replaceFirst("^#{1,6} ", ""));
                int times = seen.merge(slug, 1, Integer::sum);
                anchors.add(times == 1 ? slug : slug + "-" + (times - 1));
            }
        }
        return anchors;
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, each space a hyphen. */
    static String slug(String heading) {
        String text = heading.strip().toLowerCase(Locale.ROOT)
                .replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1"); // a link in a heading anchors by its text
        StringBuilder slug = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        });
        return slug.toString();
    }
}
