package io.winback.console;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winback.chain.BonusCap;
import io.winback.chain.Chain;
import io.winback.chain.ChainConfiguration;
import io.winback.chain.ChainStates;
import io.winback.http.PathSegments;
import io.winback.json.Json;
import io.winback.json.chain.ChainConfigurationEdits;
import io.winback.json.chain.ChainConfigurationJson;
import io.winback.messages.GroupPlaceholder;
import io.winback.report.ReportLanguage;
import io.winback.segment.SegmentConfigurationStore;
import io.winback.validation.FieldError;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The owner's chain editor: the playbook as a table per trigger and audience ({@code /console/chains}), and a form
 * per step ({@code /console/chains/{chainId}/steps/{step}}) that stores the next version by the same rule as
 * {@code PUT /v1/chains} ({@link ChainConfigurationEdits}): every mistake next to its field, a version changed
 * meanwhile explained, and each message shown as a sample customer reads it with what its SMS costs at the longest.
 */
final class ChainPages implements Section {
    static final String CHAINS = "/console/chains";
    static final String STEP = "/console/chains/{chainId}/steps/{step}";
    private static final String PREFIX = CHAINS + "/";
    private static final String STEPS = "/steps/";

    /** Where a step's form lives: {@code step} counts from 1, as the owner counts. */
    static String stepPath(String chainId, int step) {
        return PREFIX + URLEncoder.encode(chainId, StandardCharsets.UTF_8).replace("+", "%20") + STEPS + step;
    }

    private record StepRef(String chainId, int step) {
    }

    /** What a message's preview depends on besides its text. */
    record Pricing(String storeName, BigDecimal smsPrice, String currency, ZoneId zone) {
    }

    private final ChainConfigurationEdits edits;
    private final ChainStates states;
    private final SegmentConfigurationStore segments;
    private final ConsoleAuth auth;
    private final Clock clock;
    private final Pricing pricing;
    private final PlaybookTable table;

    ChainPages(ChainConfigurationEdits edits, ChainStates states, SegmentConfigurationStore segments, ConsoleAuth auth,
               Clock clock, Pricing pricing) {
        this.edits = edits;
        this.states = states;
        this.segments = segments;
        this.auth = auth;
        this.clock = clock;
        this.pricing = pricing;
        this.table = new PlaybookTable(pricing.storeName(), pricing.smsPrice(), pricing.currency(), pricing.zone());
    }

    @Override
    public Optional<ConsoleReply> answer(ConsoleRequest request, String path, Visitor who, ReportLanguage language) {
        boolean list = CHAINS.equals(path) && "GET".equals(request.method());
        Optional<StepRef> step = stepOf(path);
        if (!list && step.isEmpty()) {
            return Optional.empty();
        }
        if (!who.role().isOwner()) {
            return Optional.of(ProblemPage.of(403, language, who, auth.csrf(who), ConsoleRoutes.TASKS,
                    "Цепочки настраивает владелец.", "The owner sets up the chains."));
        }
        if (list) {
            return Optional.of(playbook(who, language));
        }
        return switch (request.method()) {
            case "GET" -> Optional.of(stepPage(who, language, step.get(), request.param("saved")));
            case "POST" -> Optional.of(save(who, language, step.get(), request.form()));
            default -> Optional.empty();
        };
    }

    @Override
    public Optional<String> routeOf(String method, String path) {
        if (CHAINS.equals(path)) {
            return Optional.of(method + " " + CHAINS);
        }
        return stepOf(path).map(ref -> method + " " + STEP);
    }

    private static Optional<StepRef> stepOf(String path) {
        if (!path.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = path.substring(PREFIX.length());
        int at = rest.lastIndexOf(STEPS);
        if (at <= 0 || rest.substring(0, at).contains("/")) {
            return Optional.empty();
        }
        String number = rest.substring(at + STEPS.length());
        if (!number.matches("[1-9][0-9]{0,2}")) {
            return Optional.empty();
        }
        return Optional.of(new StepRef(PathSegments.decode(rest.substring(0, at)), Integer.parseInt(number)));
    }

    private ConsoleReply playbook(Visitor who, ReportLanguage language) {
        ChainConfiguration configuration = edits.current();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("page", new Page(language, language.pick("Цепочки", "Chains"), who.role(), auth.csrf(who),
                CHAINS));
        parameters.put("playbook", table.of(configuration, edits.capOf(configuration), states.of(configuration),
                segments.current(), clock.instant(), language));
        return ConsoleReply.page(200, Pages.render("chains.jte", parameters));
    }

    private ConsoleReply stepPage(Visitor who, ReportLanguage language, StepRef ref, String saved) {
        ChainConfiguration configuration = edits.current();
        Optional<Chain> chain = stepIn(configuration, ref);
        if (chain.isEmpty()) {
            return noSuchStep(who, language);
        }
        String notice = saved == null ? null : language.pick("Сохранено: действует версия " + configuration.version()
                + ". Новые шаги пойдут по ней; цепочки, начатые раньше, доходят по своей версии.",
                "Saved: version " + configuration.version() + " is in force. Steps from now on follow it; chains"
                        + " begun earlier finish by their own version.");
        return form(200, who, language, configuration, chain.get(), ref.step(),
                StepForm.valuesOf(chain.get().step(ref.step() - 1)), Map.of(), List.of(), notice, false);
    }

    private ConsoleReply save(Visitor who, ReportLanguage language, StepRef ref, Map<String, String> form) {
        ChainConfiguration current = edits.current();
        Optional<Chain> chain = stepIn(current, ref);
        if (chain.isEmpty()) {
            return noSuchStep(who, language);
        }
        int chainIndex = current.chains().indexOf(chain.get());
        int basedOn = version(form.get(StepFields.VERSION));
        ObjectNode document = StepEdit.apply(ChainConfigurationJson.toTree(current), chainIndex, ref.step() - 1,
                form, basedOn);
        Map<String, String> typed = new HashMap<>(form);
        typed.remove("csrf");
        return switch (edits.replace(Json.write(document), current, List.of())) {
            case ChainConfigurationEdits.Outcome.Stored stored -> ConsoleReply.seeOther(
                    stepPath(ref.chainId(), ref.step()) + "?saved=" + stored.configuration().version());
            case ChainConfigurationEdits.Outcome.Invalid invalid -> {
                Map<String, List<String>> atFields = new LinkedHashMap<>();
                List<String> problems = new ArrayList<>();
                String prefix = "chains[" + chainIndex + "].steps[" + (ref.step() - 1) + "]";
                for (FieldError error : invalid.errors()) {
                    String words = EditorWords.of(error.message(), language);
                    String field = error.field().startsWith(prefix + ".")
                            ? fieldOf(error.field().substring(prefix.length() + 1)) : null;
                    if (field == null) {
                        problems.add(error.field().equals(prefix) ? words : error.field() + ": " + words);
                    } else {
                        atFields.computeIfAbsent(field, f -> new ArrayList<>()).add(words);
                    }
                }
                yield form(400, who, language, current, chain.get(), ref.step(), typed, atFields, problems,
                        language.pick("Не сохранено: исправьте отмеченное.", "Not saved: mend what is marked."),
                        true);
            }
            case ChainConfigurationEdits.Outcome.Stale stale -> conflict(who, language, current, chain.get(), ref,
                    typed, stale.basedOn(), stale.current());
            case ChainConfigurationEdits.Outcome.Overtaken overtaken -> {
                ChainConfiguration now = edits.current();
                yield conflict(who, language, now, chain.get(), ref, typed, overtaken.basedOn(), now.version());
            }
        };
    }

    /**
     * Someone stored a change while this form was open: saving it would silently undo theirs. Nothing is stored; the
     * owner's values stay in the form, now based on the version in force, so a second save is a decision.
     */
    private ConsoleReply conflict(Visitor who, ReportLanguage language, ChainConfiguration current, Chain chain,
                                  StepRef ref, Map<String, String> typed, int basedOn, int now) {
        Map<String, String> rebased = new HashMap<>(typed);
        rebased.put(StepFields.VERSION, String.valueOf(now));
        return form(409, who, language, current, chain, ref.step(), rebased, Map.of(), List.of(), language.pick(
                "Не сохранено: пока вы правили, цепочки сохранили заново (вы открыли версию " + basedOn
                        + ", сейчас действует " + now + "). Ваше сохранение отменило бы ту правку. Ниже — ваши"
                        + " значения; сверьте их с действующими (откройте шаг заново в другой вкладке) и, если"
                        + " они верны, сохраните ещё раз.",
                "Not saved: the chains were saved by someone else while you edited (you opened version " + basedOn
                        + ", version " + now + " is in force). Saving yours would undo that change. Your values"
                        + " are below; compare them with those in force (open the step again in another tab) and"
                        + " save again if they are right."), true);
    }

    private ConsoleReply form(int status, Visitor who, ReportLanguage language, ChainConfiguration configuration,
                              Chain chain, int step, Map<String, String> values, Map<String, List<String>> errors,
                              List<String> problems, String notice, boolean noticeIsProblem) {
        Map<String, String> shown = new HashMap<>(values);
        shown.putIfAbsent(StepFields.VERSION, String.valueOf(configuration.version()));
        Map<String, Object> parameters = new HashMap<>();
        String path = stepPath(chain.id(), step);
        parameters.put("page", new Page(language, language.pick("Шаг ", "Step ") + step + " · " + chain.id(),
                who.role(), auth.csrf(who), path));
        parameters.put("form", new StepForm(chain.id(), PlaybookTable.title(chain.trigger(), language),
                PlaybookTable.audience(chain, segments.current(), language), step, chain.steps().size(),
                version(shown.get(StepFields.VERSION)), path, shown, errors, problems, notice, noticeIsProblem,
                previews(shown, edits.capOf(configuration), GroupPlaceholder.valueFor(chain.trigger()).orElse(null),
                        language)));
        return ConsoleReply.page(status, Pages.render("step.jte", parameters));
    }

    /** Each message as the sample customer reads it, with the bonus and validity as typed (held down to the cap). */
    private Map<String, MessagePreview> previews(Map<String, String> values, BonusCap cap, String group,
                                                 ReportLanguage language) {
        BigDecimal typed = TypedNumber.of(values.get(StepFields.BONUS_AMOUNT)).orElse(null);
        BigDecimal amount = typed == null ? null : cap.limit(typed);
        BigDecimal days = TypedNumber.of(values.get(StepFields.BONUS_DAYS)).orElse(null);
        int validDays = days == null || days.signum() <= 0 || days.compareTo(BigDecimal.valueOf(90)) > 0 ? 14
                : days.intValue();
        Map<String, MessagePreview> previews = new HashMap<>();
        for (String channel : List.of("sms", "email")) {
            for (String lang : StepFields.LANGUAGES) {
                String field = StepFields.text(channel, lang);
                String text = values.get(field);
                if (text != null && !text.isBlank()) {
                    previews.put(field, MessagePreview.of(text, channel.equals("sms"), amount, validDays,
                            pricing.storeName(), group, clock.instant(), pricing.zone(), pricing.smsPrice(),
                            pricing.currency(), language));
                }
            }
        }
        return previews;
    }

    /** The field of the form a mistake at {@code relative} (a path inside the step) belongs to; null: none. */
    static String fieldOf(String relative) {
        List<String> fields = StepFields.all();
        if (fields.contains(relative)) {
            return relative;
        }
        if (relative.startsWith(StepFields.CHANNELS)) {
            return StepFields.CHANNELS;
        }
        for (String field : fields) {
            if (field.startsWith(relative + ".")) {
                return field;
            }
        }
        for (String field : fields) {
            if (relative.startsWith(field)) {
                return field;
            }
        }
        return null;
    }

    private static Optional<Chain> stepIn(ChainConfiguration configuration, StepRef ref) {
        return configuration.chain(ref.chainId()).filter(chain -> ref.step() <= chain.steps().size());
    }

    private ConsoleReply noSuchStep(Visitor who, ReportLanguage language) {
        return ProblemPage.of(404, language, who, auth.csrf(who), CHAINS,
                "Такого шага нет: возможно, цепочку изменили. Откройте список цепочек.",
                "There is no such step: the chain may have changed. Open the list of chains.");
    }

    /** The version a form was opened on; -1 (never current) when it was tampered with. */
    private static int version(String text) {
        try {
            return text == null ? -1 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
