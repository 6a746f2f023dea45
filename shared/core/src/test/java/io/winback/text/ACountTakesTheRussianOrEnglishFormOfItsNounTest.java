package io.winback.text;

import io.winback.report.ReportLanguage;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ACountTakesTheRussianOrEnglishFormOfItsNounTest {

    @Test
    void russianCountsTakeOneFewOrManyByTheirLastDigitsWithTheTeensAlwaysMany() {
        Map<Long, String> expected = new LinkedHashMap<>();
        expected.put(0L, "0 клиентов");
        expected.put(1L, "1 клиент");
        expected.put(2L, "2 клиента");
        expected.put(4L, "4 клиента");
        expected.put(5L, "5 клиентов");
        expected.put(11L, "11 клиентов");
        expected.put(12L, "12 клиентов");
        expected.put(14L, "14 клиентов");
        expected.put(21L, "21 клиент");
        expected.put(22L, "22 клиента");
        expected.put(25L, "25 клиентов");
        expected.put(31L, "31 клиент");
        expected.put(101L, "101 клиент");
        expected.put(111L, "111 клиентов");
        expected.put(112L, "112 клиентов");
        expected.put(1_021L, "1 021 клиент");
        expected.put(1_000_002L, "1 000 002 клиента");
        expected.forEach((count, words) -> assertEquals(words, Noun.CUSTOMER.count(count, ReportLanguage.RU)));
    }

    @Test
    void englishSaysOneForOneAndTheOtherFormForEveryOtherCount() {
        assertEquals("0 customers", Noun.CUSTOMER.count(0, ReportLanguage.EN));
        assertEquals("1 customer", Noun.CUSTOMER.count(1, ReportLanguage.EN));
        assertEquals("2 customers", Noun.CUSTOMER.count(2, ReportLanguage.EN));
        assertEquals("21 customers", Noun.CUSTOMER.count(21, ReportLanguage.EN));
        assertEquals("1,021 messages", Noun.MESSAGE.count(1_021, ReportLanguage.EN));
    }

    @Test
    void everyNounFollowsTheSameRule() {
        assertEquals("1 сообщение", Noun.MESSAGE.count(1, ReportLanguage.RU));
        assertEquals("3 сообщения", Noun.MESSAGE.count(3, ReportLanguage.RU));
        assertEquals("11 дней", Noun.DAY.count(11, ReportLanguage.RU));
        assertEquals("22 дня", Noun.DAY.count(22, ReportLanguage.RU));
        assertEquals("1 day", Noun.DAY.count(1, ReportLanguage.EN));
    }

    @Test
    void theFormAloneFollowsTheCountForATableHeadingOrAnAxis() {
        assertEquals(Plural.Form.MANY, Plural.of(-5, ReportLanguage.RU));
        assertEquals(Plural.Form.ONE, Plural.of(-1, ReportLanguage.EN));
        assertEquals("клиента", Noun.CUSTOMER.form(1_002, ReportLanguage.RU));
    }

    @Test
    void numbersAreGroupedAsTheLanguageWritesThemAndDaysAsTheShopReadsThem() {
        assertEquals("12 345,5", ShopText.number(new BigDecimal("12345.50"), ReportLanguage.RU));
        assertEquals("12,345.5", ShopText.number(new BigDecimal("12345.50"), ReportLanguage.EN));
        assertEquals("15.09.2026", ShopText.day(LocalDate.of(2026, 9, 15), ReportLanguage.RU));
        assertEquals("5 Sep 2026", ShopText.day(LocalDate.of(2026, 9, 5), ReportLanguage.EN));
    }
}
