package io.winback.console;

import io.winback.campaign.Campaign;
import io.winback.campaign.Campaigns;
import io.winback.json.chain.CampaignChange;
import io.winback.json.chain.CampaignChanges;
import io.winback.report.ReportLanguage;
import io.winback.segment.SegmentConfigurationStore;
import io.winback.segment.SegmentDefinition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The owner's campaigns ({@code /console/campaigns}): every campaign newest first, a form to create one, each
 * campaign's page with its definition and state, and pause, resume and cancel. Every change goes through
 * {@link CampaignChanges}, the chains API's own rules, so a campaign made here is held to exactly what
 * {@code POST /v1/campaigns} holds it to; the form becomes the document that route takes.
 */
final class CampaignPages implements Section {
    static final String LIST = "/console/campaigns";
    static final String ONE = "/console/campaigns/{campaignId}";
    static final String PAUSE = "/console/campaigns/{campaignId}/pause";
    static final String RESUME = "/console/campaigns/{campaignId}/resume";
    static final String CANCEL = "/console/campaigns/{campaignId}/cancel";
    private static final String PREFIX = LIST + "/";
    private static final Map<String, String> ACTIONS = Map.of("/pause", PAUSE, "/resume", RESUME, "/cancel", CANCEL);

    private final ConsoleAuth auth;
    private final Campaigns campaigns;
    private final CampaignChanges changes;
    private final SegmentConfigurationStore segments;
    private final Clock clock;
    private final ZoneId zone;
    private final String currency;
    private final String storeName;

    CampaignPages(ConsoleAuth auth, Campaigns campaigns, CampaignChanges changes, SegmentConfigurationStore segments,
                  Clock clock, ZoneId zone, String currency, String storeName) {
        this.auth = auth;
        this.campaigns = campaigns;
        this.changes = changes;
        this.segments = segments;
        this.clock = clock;
        this.zone = zone;
        this.currency = currency;
        this.storeName = storeName;
    }

    @Override
    public Optional<String> routeOf(String method, String path) {
        if (LIST.equals(path)) {
            return Optional.of(method + " " + LIST);
        }
        for (Map.Entry<String, String> action : ACTIONS.entrySet()) {
            if (ConsoleRoutes.segment(path, PREFIX, action.getKey()).isPresent()) {
                return Optional.of(method + " " + action.getValue());
            }
        }
        return ConsoleRoutes.segment(path, PREFIX, "").map(id -> method + " " + ONE);
    }

    @Override
    public Optional<ConsoleReply> answer(ConsoleRequest request, String path, Visitor who, ReportLanguage language) {
        Optional<String> route = routeOf(request.method(), path);
        if (route.isEmpty()) {
            return Optional.empty();
        }
        if (!who.role().isOwner()) {
            return Optional.of(ProblemPage.of(403, language, who, auth.csrf(who), ConsoleRoutes.TASKS,
                    "Кампании ведёт владелец.", "Campaigns are the owner's."));
        }
        return Optional.of(switch (route.get()) {
            case "GET " + LIST -> list(who, language, CampaignForm.blank(), CampaignFormErrors.NONE, 200);
            case "POST " + LIST -> create(request, who, language);
            case "GET " + ONE -> one(who, language, campaignOf(path), 200, null);
            case "POST " + PAUSE -> change(who, language, changes.pause(actionOf(path), true));
            case "POST " + RESUME -> change(who, language, changes.pause(actionOf(path), false));
            case "POST " + CANCEL -> change(who, language, changes.cancel(actionOf(path)));
            default -> notHere(who, language);
        });
    }

    private ConsoleReply create(ConsoleRequest request, Visitor who, ReportLanguage language) {
        CampaignForm form = CampaignForm.of(request.form());
        CampaignForm.Document document = form.document(zone, language);
        // A start the form could not read leaves "at" out of the document, which the reader never takes: nothing
        // is stored, and the form's own word on it stands beside the field.
        return switch (changes.create(document.json())) {
            case CampaignChange.Created created -> ConsoleReply.seeOther(path(created.campaign().id()));
            case CampaignChange.Invalid invalid -> list(who, language, form,
                    CampaignFormErrors.of(document.errors(), invalid.errors(), language), 400);
            case CampaignChange.Exists exists -> list(who, language, form, CampaignFormErrors.at("id",
                    language.pick("Кампания с кодом " + exists.id() + " уже есть: выберите другой код.",
                            "A campaign " + exists.id() + " exists already: choose another id.")), 409);
            case CampaignChange other -> throw new IllegalStateException("creating answered " + other);
        };
    }

    /** A pause, resume or cancel: back to the campaign's page, or the page with why not. */
    private ConsoleReply change(Visitor who, ReportLanguage language, CampaignChange change) {
        return switch (change) {
            case CampaignChange.Changed changed -> ConsoleReply.seeOther(path(changed.campaign().id()));
            case CampaignChange.Cancelled cancelled -> ConsoleReply.seeOther(path(cancelled.id()));
            case CampaignChange.NotFound notFound -> notFound(who, language);
            case CampaignChange.NotCancellable refused -> one(who, language, refused.id(), 409, language.pick(
                    "Кампания уже началась: отменить её нельзя, поставьте на паузу.",
                    "The campaign has started: it cannot be cancelled; pause it instead."));
            case CampaignChange.IsCancelled cancelled -> one(who, language, cancelled.id(), 409, language.pick(
                    "Кампания отменена: ставить на паузу нечего.", "The campaign is cancelled: nothing to pause."));
            case CampaignChange other -> throw new IllegalStateException("a change answered " + other);
        };
    }

    private ConsoleReply list(Visitor who, ReportLanguage language, CampaignForm form, CampaignFormErrors errors,
                              int status) {
        Shown shown = new Shown(language, zone, currency);
        List<CampaignRow> rows = campaigns.all().stream()
                .sorted(Comparator.comparing((Campaign c) -> c.definition().at()).reversed()
                        .thenComparing(Campaign::id))
                .map(c -> new CampaignRow(c.definition().name(), path(c.id()), c.definition().segment(),
                        shown.dayAndTime(c.definition().at().toInstant()), CampaignView.stateWord(c, language),
                        CampaignView.entered(c, language)))
                .toList();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("page", new Page(language, language.pick("Кампании", "Campaigns"), who.role(),
                auth.csrf(who), LIST));
        parameters.put("rows", rows);
        parameters.put("segments", segments.current().segments().stream().map(SegmentDefinition::id).toList());
        parameters.put("form", form);
        parameters.put("errors", errors);
        parameters.put("zone", zone.getId());
        parameters.put("smsParts", form.smsRu().isEmpty() ? null
                : CampaignView.smsParts(form.smsRu(), form.amount(), storeName, language));
        return ConsoleReply.page(status, Pages.render("campaigns.jte", parameters));
    }

    private ConsoleReply one(Visitor who, ReportLanguage language, String id, int status, String problem) {
        Optional<Campaign> campaign = changes.find(id);
        if (campaign.isEmpty()) {
            return notFound(who, language);
        }
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        CampaignView view = CampaignView.of(campaign.get(), new Shown(language, zone, currency), today, storeName);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("page", new Page(language, view.name(), who.role(), auth.csrf(who), path(id)));
        parameters.put("campaign", view);
        parameters.put("problem", problem);
        return ConsoleReply.page(status, Pages.render("campaign.jte", parameters));
    }

    private ConsoleReply notFound(Visitor who, ReportLanguage language) {
        return ProblemPage.of(404, language, who, auth.csrf(who), LIST, "Такой кампании нет.",
                "There is no such campaign.");
    }

    private ConsoleReply notHere(Visitor who, ReportLanguage language) {
        return ProblemPage.of(405, language, who, auth.csrf(who), LIST, "Так эту страницу не открыть.",
                "This page does not open that way.");
    }

    private static String campaignOf(String path) {
        return ConsoleRoutes.segment(path, PREFIX, "").orElseThrow();
    }

    private static String actionOf(String path) {
        return ConsoleRoutes.segment(path, PREFIX, path.substring(path.lastIndexOf('/'))).orElseThrow();
    }

    static String path(String campaignId) {
        return PREFIX + java.net.URLEncoder.encode(campaignId, java.nio.charset.StandardCharsets.UTF_8);
    }
}
