package io.winback.console;

import io.winback.json.segment.SegmentCreation;
import io.winback.report.ReportLanguage;
import io.winback.segment.FillProgress;
import io.winback.segment.ProspectiveCount;
import io.winback.segment.SegmentConfiguration;
import io.winback.segment.SegmentConfigurationStore;
import io.winback.segment.SegmentDefinition;
import io.winback.segment.SegmentMembers;
import io.winback.text.Noun;
import io.winback.text.ShopText;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The owner's segments: every segment with its members now and how far its fill is ({@code /console/segments}), one
 * segment's conditions in words ({@code /console/segments/{id}}), and the builder: a definition made of condition
 * rows, counted against the customers before it is saved ({@code POST /console/segments/count}, nothing stored) and
 * saved exactly as {@code POST /v1/segments} saves it ({@link SegmentCreation}), every mistake shown at its row.
 */
final class SegmentPages implements Section {
    private final ConsoleAuth auth;
    private final SegmentConfigurationStore store;
    private final SegmentCreation creation;
    private final ProspectiveCount count;
    private final SegmentMembers members;
    private final FillProgress fills;
    private final Clock clock;
    private final java.time.ZoneId zone;
    private final String currency;

    SegmentPages(ConsoleAuth auth, SegmentConfigurationStore store, SegmentCreation creation, ProspectiveCount count,
                 SegmentMembers members, FillProgress fills, Clock clock, java.time.ZoneId zone,
                 String currency) {
        this.auth = auth;
        this.store = store;
        this.creation = creation;
        this.count = count;
        this.members = members;
        this.fills = fills;
        this.clock = clock;
        this.zone = zone;
        this.currency = currency;
    }

    @Override
    public Optional<String> routeOf(String method, String path) {
        if (ConsoleRoutes.SEGMENTS.equals(path)) {
            return Optional.of(method + " " + ConsoleRoutes.SEGMENTS);
        }
        if (ConsoleRoutes.SEGMENTS_COUNT.equals(path) && "POST".equals(method)) {
            return Optional.of("POST " + ConsoleRoutes.SEGMENTS_COUNT);
        }
        return ConsoleRoutes.segment(path).map(id -> method + " " + ConsoleRoutes.SEGMENT);
    }

    @Override
    public Optional<ConsoleReply> answer(ConsoleRequest request, String path, Visitor who, ReportLanguage language) {
        if (routeOf(request.method(), path).isEmpty()) {
            return Optional.empty();
        }
        if (!who.role().isOwner()) {
            return Optional.of(ProblemPage.of(403, language, who, auth.csrf(who), ConsoleRoutes.TASKS,
                    "Сегменты доступны владельцу.", "Segments are the owner's."));
        }
        boolean post = "POST".equals(request.method());
        if (ConsoleRoutes.SEGMENTS_COUNT.equals(path)) {
            return Optional.of(count(who, language, SegmentForm.of(request.form())));
        }
        if (ConsoleRoutes.SEGMENTS.equals(path)) {
            return Optional.of(post ? save(who, language, SegmentForm.of(request.form()))
                    : list(who, language, 200, SegmentForm.empty(), SegmentFormProblems.NONE, null));
        }
        String segmentId = ConsoleRoutes.segment(path).orElseThrow();
        return Optional.of(post ? notHere(who, language, path) : one(who, language, segmentId));
    }

    private ConsoleReply count(Visitor who, ReportLanguage language, SegmentForm form) {
        return switch (creation.check(form.json())) {
            case SegmentCreation.Refused refused -> refused(who, language, form, refused.errors());
            case SegmentCreation.Taken taken -> taken(who, language, form);
            case SegmentCreation.Prospect prospect -> {
                Map<Integer, String> stray = stray(form, language);
                if (!stray.isEmpty()) {
                    yield refused(who, language, form, List.of());
                }
                ProspectiveCount.Result result = count.of(prospect.next(), prospect.segment().id());
                yield list(who, language, 200, form, SegmentFormProblems.NONE, counted(result, language));
            }
        };
    }

    private ConsoleReply save(Visitor who, ReportLanguage language, SegmentForm form) {
        if (!stray(form, language).isEmpty()) {
            SegmentCreation.Checked checked = creation.check(form.json());
            return refused(who, language, form, checked instanceof SegmentCreation.Refused refused
                    ? refused.errors() : List.of());
        }
        return switch (creation.create(form.json())) {
            case SegmentCreation.Refused refused -> refused(who, language, form, refused.errors());
            case SegmentCreation.Taken taken -> taken(who, language, form);
            case SegmentCreation.Lost lost -> list(who, language, 409, form, new SegmentFormProblems(List.of(
                    language.pick("Сегменты только что изменили в другом окне: проверьте и сохраните ещё раз.",
                            "The segments were changed elsewhere a moment ago: check and save again.")), Map.of(),
                    Map.of()), null);
            case SegmentCreation.Stored stored -> ConsoleReply.seeOther(ConsoleRoutes.segmentPath(
                    stored.segment().id()));
        };
    }

    private ConsoleReply refused(Visitor who, ReportLanguage language, SegmentForm form,
                                 List<io.winback.validation.FieldError> errors) {
        return list(who, language, 400, form, SegmentFormProblems.of(errors, form.jsonIndexes(),
                stray(form, language), language), null);
    }

    private ConsoleReply taken(Visitor who, ReportLanguage language, SegmentForm form) {
        return list(who, language, 400, form, new SegmentFormProblems(List.of(), Map.of("id", List.of(language.pick(
                "Сегмент с таким кодом уже есть: выберите другой.", "A segment with this id exists: choose another."))),
                Map.of()), null);
    }

    /** Rows whose comparison their field does not take, with why. */
    private static Map<Integer, String> stray(SegmentForm form, ReportLanguage language) {
        Map<Integer, String> stray = new LinkedHashMap<>();
        form.rowsWithAStrayComparison().forEach(row -> stray.put(row, language.pick(
                "для этого поля — только = или ≠", "this field takes = or ≠ only")));
        return stray;
    }

    private String counted(ProspectiveCount.Result result, ReportLanguage language) {
        String matching = Noun.CUSTOMER.count(result.members(), language);
        if (result.complete()) {
            return language.pick("Подходят сейчас: ", "Matching now: ") + matching + language.pick(" из ", " of ")
                    + ShopText.number(result.scanned(), language) + ".";
        }
        long share = result.scanned() == 0 ? 0 : Math.round(100.0 * result.members() / result.scanned());
        return language.pick("Из первых ", "Of the first ") + ShopText.number(result.scanned(), language)
                + language.pick(" просмотренных подходят ", " looked at, ") + matching
                + language.pick(" (" + share + " %). Остальных не смотрели, чтобы ответить быстро; точное число "
                        + "будет после сохранения.", " match (" + share + "%). The rest were not looked at, to answer "
                        + "quickly; the exact number follows the save.");
    }

    private ConsoleReply list(Visitor who, ReportLanguage language, int status, SegmentForm form,
                              SegmentFormProblems problems, String counted) {
        SegmentConfiguration current = store.current();
        String fill = SegmentFillWords.of(fills.of(current.version()), language);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("page", new Page(language, language.pick("Сегменты", "Segments"), who.role(), auth.csrf(who),
                ConsoleRoutes.SEGMENTS));
        parameters.put("segments", current.segments().stream().map(s -> listed(s, fill, language)).toList());
        parameters.put("form", form);
        parameters.put("problems", problems);
        parameters.put("counted", counted);
        return ConsoleReply.page(status, Pages.render("segments.jte", parameters));
    }

    private SegmentListed listed(SegmentDefinition segment, String fill, ReportLanguage language) {
        return new SegmentListed(segment.id(), segment.name(), segment.isStatic()
                ? language.pick("список", "static list") : language.pick("по условиям", "dynamic"),
                Noun.CUSTOMER.count(members.count(segment.id()), language), new Shown(language, zone, currency).dayAndTime(clock.instant()), fill,
                ConsoleRoutes.segmentPath(segment.id()));
    }

    private ConsoleReply one(Visitor who, ReportLanguage language, String segmentId) {
        SegmentConfiguration current = store.current();
        Optional<SegmentDefinition> segment = current.find(segmentId);
        if (segment.isEmpty()) {
            return ProblemPage.of(404, language, who, auth.csrf(who), ConsoleRoutes.SEGMENTS,
                    "Такого сегмента нет.", "There is no such segment.");
        }
        SegmentDefinition definition = segment.get();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("page", new Page(language, definition.name(), who.role(), auth.csrf(who),
                ConsoleRoutes.segmentPath(segmentId)));
        parameters.put("segment", listed(definition, SegmentFillWords.of(fills.of(current.version()), language),
                language));
        parameters.put("joining", definition.isStatic() ? "" : SegmentWords.joining(definition.conditions(),
                language));
        parameters.put("conditions", SegmentWords.lines(definition.conditions(), language));
        parameters.put("version", definition.version());
        return ConsoleReply.page(200, Pages.render("segment.jte", parameters));
    }

    private ConsoleReply notHere(Visitor who, ReportLanguage language, String path) {
        return ProblemPage.of(404, language, who, auth.csrf(who), path, "Такой страницы нет.",
                "There is no such page.");
    }
}
