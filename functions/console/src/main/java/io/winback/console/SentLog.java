package io.winback.console;

import io.winback.chain.Channel;
import io.winback.chain.Episode;
import io.winback.chain.Touch;
import io.winback.chain.TouchStatus;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;
import io.winback.report.TableWriter;
import io.winback.report.ReportLanguage;
import io.winback.report.reactivation.StartedEpisodes;

import io.winback.chain.EpisodeStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Who got what: every touch of a period, newest first, filtered by chain or campaign, channel and result. Touches are
 * found through the episodes they belong to (the byStart index, by the day an episode started), read from
 * {@link #LOOK_BACK_DAYS} before the period, since a chain's later steps go out weeks after it started. A step put
 * off (quiet hours, the frequency cap, a paused channel) leaves no touch: it is listed as deferred, at the time it
 * waits for, with why and how often, while its episode waits.
 */
final class SentLog {
    /** How long before the period an episode may have started and still touch in it: longer than any playbook. */
    static final int LOOK_BACK_DAYS = 120;
    /** Rows a page shows; the CSV has them all. */
    static final int PAGE_ROWS = 200;

    private final StartedEpisodes episodes;
    private final CustomerStore customers;
    private final ZoneId zone;
    private final String currency;

    SentLog(StartedEpisodes episodes, CustomerStore customers, ZoneId zone, String currency) {
        this.episodes = episodes;
        this.customers = customers;
        this.zone = zone;
        this.currency = currency;
    }

    /** What the log is asked for: the period (the shop's days) and the filters (null: any). */
    record Filter(LocalDate from, LocalDate to, String chain, String channel, String status) {
    }

    /** The filter's word for a step put off. */
    static final String DEFERRED = "deferred";

    /** One line of the log: a touch, or (touch null) the episode's next step put off until {@code at}. */
    record Entry(Instant at, String customerKey, int step, Touch touch, Episode episode) {
        static Entry of(Touch touch, Episode episode) {
            return new Entry(touch.at(), touch.customerKey(), touch.step(), touch, episode);
        }

        boolean deferred() {
            return touch == null;
        }

        /** The channel's word for the filter: sms, email, call, or none. */
        String channel() {
            return touch == null ? "none" : channelOf(touch);
        }

        String status() {
            return touch == null ? DEFERRED : touch.status().wireName();
        }
    }

    List<Entry> entries(Filter filter) {
        List<Entry> entries = new ArrayList<>();
        episodes.forEach(filter.from().minusDays(LOOK_BACK_DAYS), filter.to(), started -> {
            Episode episode = started.episode();
            if (filter.chain() != null && !filter.chain().equals(episode.chainId())) {
                return;
            }
            List<Entry> lines = new ArrayList<>();
            started.touches().forEach(touch -> lines.add(Entry.of(touch, episode)));
            waiting(episode, started.touches()).ifPresent(lines::add);
            for (Entry entry : lines) {
                LocalDate day = entry.at().atZone(zone).toLocalDate();
                if (day.isBefore(filter.from()) || day.isAfter(filter.to())) {
                    continue;
                }
                if (filter.channel() != null && !filter.channel().equals(entry.channel())) {
                    continue;
                }
                if (filter.status() != null && !filter.status().equals(entry.status())) {
                    continue;
                }
                entries.add(entry);
            }
        });
        entries.sort(Comparator.comparing(Entry::at).reversed().thenComparing(Entry::customerKey));
        return entries;
    }

    /** The episode's next step, when it was put off and still waits (no touch of it yet); empty otherwise. */
    private static Optional<Entry> waiting(Episode episode, List<Touch> touches) {
        int step = episode.nextStep();
        if (episode.status() != EpisodeStatus.ACTIVE || episode.notBefore() == null
                || episode.deferrals().of(step).isEmpty() || touches.stream().anyMatch(t -> t.step() == step)) {
            return Optional.empty();
        }
        return Optional.of(new Entry(episode.notBefore(), episode.customerKey(), step, null, episode));
    }

    /** The page's rows: the first {@link #PAGE_ROWS} entries, with the customers' names. */
    List<CardView.Row> rows(List<Entry> entries, ReportLanguage language) {
        List<Entry> shown = entries.subList(0, Math.min(PAGE_ROWS, entries.size()));
        Map<String, Customer> cards = customers.findAll(shown.stream().map(Entry::customerKey).distinct().toList());
        Shown format = new Shown(language, zone, currency);
        List<CardView.Row> rows = new ArrayList<>();
        for (Entry entry : shown) {
            Customer card = cards.get(entry.customerKey());
            rows.add(new CardView.Row(cells(entry, card, format)));
        }
        return rows;
    }

    /** Every entry into {@code csv} (a CSV or a workbook), in the language's columns; names read 100 cards at a time. */
    TableWriter table(List<Entry> entries, ReportLanguage language, TableWriter csv) {
        csv.header(columns(language));
        Shown format = new Shown(language, zone, currency);
        for (int from = 0; from < entries.size(); from += 100) {
            List<Entry> chunk = entries.subList(from, Math.min(entries.size(), from + 100));
            Map<String, Customer> cards = customers.findAll(chunk.stream().map(Entry::customerKey).distinct()
                    .toList());
            for (Entry entry : chunk) {
                Touch touch = entry.touch();
                Customer card = cards.get(entry.customerKey());
                csv.row(format.dayAndTime(entry.at()), entry.customerKey(),
                        card == null ? null : card.profile().name(), entry.episode().chainId(), entry.step() + 1,
                        channelWord(entry.channel(), language), statusWord(entry, language),
                        touch == null ? null : touch.bonusAmount(),
                        touch == null || touch.message() == null ? null : touch.message().body());
            }
        }
        return csv;
    }

    static List<String> columns(ReportLanguage language) {
        return language == ReportLanguage.RU
                ? List.of("Когда", "Код клиента", "Имя", "Цепочка или кампания", "Шаг", "Канал", "Итог", "Бонус", "Текст")
                : List.of("When", "Customer id", "Name", "Chain or campaign", "Step", "Channel", "Result", "Bonus",
                "Text");
    }

    private static List<String> cells(Entry entry, Customer card, Shown format) {
        Touch touch = entry.touch();
        ReportLanguage language = format.language();
        return List.of(format.dayAndTime(entry.at()), card == null || card.profile().name() == null
                        ? entry.customerKey() : card.profile().name(), entry.episode().chainId(),
                Integer.toString(entry.step() + 1), channelWord(entry.channel(), language),
                statusWord(entry, language),
                touch == null || touch.bonusAmount() == null ? "—" : format.money(touch.bonusAmount()),
                touch == null || touch.message() == null ? "" : touch.message().body());
    }

    /** The result in words; a step put off: why, and how often (the line's time is when it waits for). */
    static String statusWord(Entry entry, ReportLanguage language) {
        if (!entry.deferred()) {
            return statusWord(entry.touch().status(), language);
        }
        List<String> reasons = new ArrayList<>();
        entry.episode().deferrals().of(entry.step()).forEach((reason, times) -> reasons.add(
                deferralWord(reason, language) + (times > 1 ? " ×" + times : "")));
        return language.pick("отложено: ", "deferred: ") + String.join(", ", reasons);
    }

    static String deferralWord(String reason, ReportLanguage language) {
        return switch (reason) {
            case "quiet_hours" -> language.pick("тихие часы", "quiet hours");
            case "frequency_cap" -> language.pick("лимит сообщений", "the frequency cap");
            case "channel_paused" -> language.pick("канал приостановлен", "channel paused");
            default -> reason;
        };
    }

    /** sms, email, call, or none (a bonus alone, the holdout, nothing to send on). */
    static String channelOf(Touch touch) {
        if (touch.status() == TouchStatus.CALL_TASK) {
            return "call";
        }
        return touch.channel() == null ? "none" : touch.channel().name().toLowerCase(Locale.ROOT);
    }

    static String channelWord(String channel, ReportLanguage language) {
        return switch (channel) {
            case "sms" -> ChannelWords.of(Channel.SMS, language);
            case "email" -> ChannelWords.of(Channel.EMAIL, language);
            case "call" -> language.pick("звонок", "call");
            default -> "—";
        };
    }

    static String statusWord(TouchStatus status, ReportLanguage language) {
        return switch (status) {
            case SENT -> language.pick("отправлено", "sent");
            case UNKNOWN -> language.pick("неизвестно, дошло ли", "unknown");
            case FAILED -> language.pick("не отправлено", "failed");
            case HOLDOUT -> language.pick("контрольная группа", "held back");
            case SKIPPED -> language.pick("нет канала с согласием", "no channel with consent");
            case CALL_TASK -> language.pick("звонок поставлен", "call opened");
            case BONUS_ONLY -> language.pick("только бонус", "bonus only");
            case CLAIMED, SENDING -> language.pick("отправляется", "sending");
        };
    }
}
