package io.winback.console;

import io.winback.validation.FieldError;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mistakes of a campaign form, each beside the field it concerns: the reader's paths ({@code steps[0].bonus.amount})
 * mapped to the form's fields ({@code bonusAmount}); a mistake no field shows goes in a list above the form, with its
 * path. A field the form could not fill (a start that was no date) keeps the form's own word on it.
 */
public record CampaignFormErrors(Map<String, String> byField, List<String> unplaced) {
    /** Reader path → form field. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("id", "id"), Map.entry("name", "name"), Map.entry("segment", "segment"), Map.entry("at", "at"),
            Map.entry("holdoutPercent", "holdout"),
            Map.entry("steps[0].bonus", "bonusAmount"), Map.entry("steps[0].bonus.amount", "bonusAmount"),
            Map.entry("steps[0].bonus.validDays", "bonusDays"),
            Map.entry("steps[0].messages.sms", "smsRu"), Map.entry("steps[0].messages.sms.ru", "smsRu"),
            Map.entry("steps[0].messages.sms.ru.text", "smsRu"),
            Map.entry("steps[0].messages.sms.en", "smsEn"), Map.entry("steps[0].messages.sms.en.text", "smsEn"),
            Map.entry("steps[0].messages.email", "emailText"), Map.entry("steps[0].messages.email.ru", "emailText"),
            Map.entry("steps[0].messages.email.ru.subject", "emailSubject"),
            Map.entry("steps[0].messages.email.ru.text", "emailText"));

    public CampaignFormErrors {
        byField = Map.copyOf(byField);
        unplaced = List.copyOf(unplaced);
    }

    static final CampaignFormErrors NONE = new CampaignFormErrors(Map.of(), List.of());

    /**
     * The form's own mistakes first, then the reader's (in the page's words, {@link EditorWords}): a field's messages
     * joined, in the order they came.
     */
    static CampaignFormErrors of(Map<String, String> formsOwn, List<FieldError> readers,
                                 io.winback.report.ReportLanguage language) {
        Map<String, String> byField = new LinkedHashMap<>(formsOwn);
        List<String> unplaced = new ArrayList<>();
        for (FieldError error : readers) {
            String field = FIELDS.get(error.field());
            if (field == null) {
                unplaced.add(error.field() + ": " + EditorWords.of(error.message(), language));
            } else if (!formsOwn.containsKey(field)) {
                byField.merge(field, EditorWords.of(error.message(), language), (first, next) -> first + "; " + next);
            }
        }
        return new CampaignFormErrors(byField, unplaced);
    }

    /** One field's error under the form's name for it. */
    static CampaignFormErrors at(String field, String message) {
        return new CampaignFormErrors(Map.of(field, message), List.of());
    }

    /** The message beside {@code field}, or null. */
    public String of(String field) {
        return byField.get(field);
    }

    public boolean any() {
        return !byField.isEmpty() || !unplaced.isEmpty();
    }
}
