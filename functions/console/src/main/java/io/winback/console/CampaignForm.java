package io.winback.console;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.winback.campaign.CampaignDefinition;
import io.winback.json.Json;
import io.winback.report.ReportLanguage;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The form of a new campaign on the console, as typed (kept as typed, so a page refused shows the owner's values
 * back): one step on the start day with an optional bonus, an SMS in Russian (English optional) and an optional
 * email. It becomes the document {@code POST /v1/campaigns} takes ({@link #document}), read by the same reader.
 */
public record CampaignForm(String id, String name, String segment, String at, String holdout, String bonusAmount,
                           String bonusDays, String smsRu, String smsEn, String emailSubject, String emailText) {
    /** A bonus's validity the form offers: two weeks, as the playbook's. */
    static final String DEFAULT_BONUS_DAYS = "14";

    public CampaignForm {
        id = strip(id);
        name = strip(name);
        segment = strip(segment);
        at = strip(at);
        holdout = strip(holdout);
        bonusAmount = strip(bonusAmount);
        bonusDays = strip(bonusDays);
        smsRu = strip(smsRu);
        smsEn = strip(smsEn);
        emailSubject = strip(emailSubject);
        emailText = strip(emailText);
    }

    /** A blank form: the API's default holdout, a two-week bonus. */
    static CampaignForm blank() {
        return new CampaignForm("", "", "", "", Integer.toString(CampaignDefinition.DEFAULT_HOLDOUT_PERCENT), "",
                DEFAULT_BONUS_DAYS, "", "", "", "");
    }

    static CampaignForm of(Map<String, String> form) {
        return new CampaignForm(form.get("id"), form.get("name"), form.get("segment"), form.get("at"),
                form.get("holdout"), form.get("bonusAmount"), form.get("bonusDays"), form.get("smsRu"),
                form.get("smsEn"), form.get("emailSubject"), form.get("emailText"));
    }

    /** The document and the mistakes only the form can make (a start that is no date and time); field by field. */
    record Document(String json, Map<String, String> errors) {
    }

    /**
     * The campaign document: the start read as the shop's wall-clock time in {@code zone}; a number that does not
     * read as one is sent as typed, so the reader names the mistake as the API would.
     */
    Document document(ZoneId zone, ReportLanguage language) {
        Map<String, String> errors = new LinkedHashMap<>();
        ObjectNode root = Json.objectNode();
        root.put("id", id);
        root.put("name", name);
        root.put("segment", segment);
        if (at.isEmpty()) {
            errors.put("at", language.pick("Укажите дату и время начала.", "Give the start's date and time."));
        } else {
            try {
                root.put("at", LocalDateTime.parse(at).atZone(zone).toOffsetDateTime().toString());
            } catch (DateTimeParseException e) {
                errors.put("at", language.pick("Дата и время не читаются: нужно ГГГГ-ММ-ДДTЧЧ:ММ.",
                        "The date and time are unreadable: use YYYY-MM-DDTHH:MM."));
            }
        }
        if (!holdout.isEmpty()) {
            TypedNumber.put(root, "holdoutPercent", holdout);
        }
        ObjectNode step = root.putArray("steps").addObject();
        step.put("offsetDays", 0);
        if (!bonusAmount.isEmpty()) {
            ObjectNode bonus = step.putObject("bonus");
            TypedNumber.put(bonus, "amount", bonusAmount);
            TypedNumber.put(bonus, "validDays", bonusDays);
        }
        ArrayNode channels = step.putArray("channels").add("sms");
        ObjectNode messages = step.putObject("messages");
        ObjectNode sms = messages.putObject("sms");
        sms.putObject("ru").put("text", smsRu);
        if (!smsEn.isEmpty()) {
            sms.putObject("en").put("text", smsEn);
        }
        if (!emailSubject.isEmpty() || !emailText.isEmpty()) {
            channels.add("email");
            messages.putObject("email").putObject("ru").put("subject", emailSubject).put("text", emailText);
        }
        return new Document(Json.write(root), errors);
    }

    /** The bonus as typed, when it reads as an amount (for the SMS's longest values); null otherwise. */
    BigDecimal amount() {
        return TypedNumber.of(bonusAmount).orElse(null);
    }


    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
