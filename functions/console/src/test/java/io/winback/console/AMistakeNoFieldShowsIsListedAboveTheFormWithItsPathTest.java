package io.winback.console;

import io.winback.validation.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reader's paths land on the campaign form's fields (the bonus's amount on the bonus, the Russian SMS text on its
 * box, two mistakes of one field together); one no field shows (a step's conversion window) is listed above the form
 * with its path; a field the form could not fill keeps the form's own word, not the reader's echo of the absence.
 */
class AMistakeNoFieldShowsIsListedAboveTheFormWithItsPathTest {

    @Test
    void eachPathFindsItsFieldAndTheRestAreListed() {
        CampaignFormErrors errors = CampaignFormErrors.of(Map.of("at", "Укажите дату и время начала."), List.of(
                FieldError.of("at", "is required; must be an ISO time with its offset"),
                FieldError.of("steps[0].bonus.amount", "5000 is above MaxBonus 1000"),
                FieldError.of("steps[0].messages.sms.ru.text", "unknown placeholder {foo}"),
                FieldError.of("steps[0].messages.sms.ru.text", "the { at character 3 opens or closes no placeholder"),
                FieldError.of("steps[0].conversionWindowDays", "must be a whole number from 1 to 90")),
                io.winback.report.ReportLanguage.EN);
        assertEquals("Укажите дату и время начала.", errors.of("at"));
        assertEquals("5000 is above MaxBonus 1000", errors.of("bonusAmount"));
        assertEquals("unknown placeholder {foo}; the { at character 3 opens or closes no placeholder",
                errors.of("smsRu"));
        assertEquals(List.of("steps[0].conversionWindowDays: must be a whole number from 1 to 90"), errors.unplaced());
    }

    @Test
    void onARussianPageTheReadersReasonsAreInRussian() {
        CampaignFormErrors errors = CampaignFormErrors.of(Map.of(), List.of(
                FieldError.of("steps[0].messages.sms.ru.text", "unknown placeholder {foo}; use {name}, {amount}"),
                FieldError.of("steps[0].bonus.validDays", "must be a whole number of days from 1 to 90")),
                io.winback.report.ReportLanguage.RU);
        assertEquals("неизвестная подстановка {foo}; можно {name}, {amount}, {until}, {store}", errors.of("smsRu"));
        assertEquals("нужно целое число от 1 до 90", errors.of("bonusDays"));
    }
}
