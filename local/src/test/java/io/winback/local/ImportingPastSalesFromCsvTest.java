package io.winback.local;

import io.winback.config.WinbackConfig;
import io.winback.dynamo.CapacityMeter;
import io.winback.testing.LocalDynamo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportingPastSalesFromCsvTest {
    private static final String SECRET = "import-secret";
    private LocalSystem system;
    private WinbackConfig config;

    @BeforeEach
    void start() throws Exception {
        config = LocalDynamo.freshTables(Map.of(WinbackConfig.WEBHOOK_SECRETS, SECRET, WinbackConfig.API_TOKENS, "t"));
        system = new LocalSystem(LocalDynamo.client(), LocalDynamo.streams(), config, Clock.systemUTC(),
                CapacityMeter.NONE, 0);
    }

    @AfterEach
    void stop() {
        system.close();
    }

    private ImportSummary importFile(Path file, int batch) throws Exception {
        return new HistoryImporter(new HistoryImporter.Options(system.baseUrl(), SECRET, batch, null, null, null,
                config.shopZone(), 2, null)).run(file);
    }

    @Test
    void goodRowsGetInAndEachBadRowIsReportedWithItsLine(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("sales.csv");
        Files.write(csv, List.of(
                "saleId,type,storeId,occurredAt,customerId,phone,name,total",
                "s-1,SALE,shop,2025-03-01T10:00:00+03:00,C-1,,\"Smith, Anna\",100.50",
                "s-2,SALE,shop,2025-03-02T10:00:00+03:00,,8 916 123-45-67,,200",
                "s-3,SALE,shop,2025-03-03T10:00:00+03:00,C-1,,,-5",
                "s-4,RETURN,shop,2025-03-04T10:00:00+03:00,C-1,,,50.50",
                "s-5,SALE,shop,not a date,C-1,,,10",
                "s-6,SALE,shop,2025-03-05T10:00:00+03:00,C-1,,,-1",
                "s-7,SALE,shop,2025-03-06T10:00:00+03:00,C-1"));

        ImportSummary summary = importFile(csv, 100);
        system.drain(Duration.ofSeconds(30));

        assertEquals(6, summary.read());
        assertEquals(3, summary.accepted());
        assertEquals(3, summary.rejected());
        assertEquals(2L, summary.rejectionReasons().get("total: must not be negative"));
        assertEquals(List.of(4L, 7L), summary.rejectedLines().get("total: must not be negative"));
        assertEquals(List.of("line 8: 5 values for 8 columns"), summary.unreadableLines());
        assertFalse(summary.clean());
        assertTrue(summary.report().contains("rejected   3"), summary.report());

        ImportSummary again = importFile(csv, 1);
        assertEquals(3, again.duplicate(), "importing twice is safe");
    }

    @Test
    void anErasedCustomersHistoryImportedAgainIsNotStoredAndTheSummarySaysWhy(@TempDir Path tmp) throws Exception {
        new io.winback.dynamo.DynamoTombstones(LocalDynamo.client(), config.customersTable(), CapacityMeter.NONE,
                "test").save(io.winback.erasure.Tombstone.begin(config.erasedKeys().pseudonymOf("C-5"),
                java.time.Instant.parse("2025-06-01T00:00:00Z"), null).asFinished());
        Path csv = tmp.resolve("history.csv");
        Files.write(csv, List.of("saleId,storeId,occurredAt,customerId,name,total",
                "h-1,shop,2025-04-01T10:00:00+03:00,C-5,Erased Person,100.00",
                "h-2,shop,2025-04-01T11:00:00+03:00,C-6,Kept Person,200.00"));

        ImportSummary summary = importFile(csv, 100);

        assertEquals(1, summary.erased());
        assertEquals(1, summary.accepted());
        assertTrue(summary.clean(), "left out on purpose, not a failure");
        assertTrue(summary.report().contains("erased     1"), summary.report());
        assertEquals(null, LocalDynamo.item(config.salesTable(), "saleId", "h-1"));
    }

    @Test
    void anEditedRowImportedAgainIsAConflictThatIsNotStoredAndSaysSo(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("edited.csv");
        Files.write(csv, List.of("saleId,storeId,occurredAt,customerId,total",
                "e-1,shop,2025-04-01T10:00:00+03:00,C-9,100.00"));
        assertTrue(importFile(csv, 100).clean());
        Files.write(csv, List.of("saleId,storeId,occurredAt,customerId,total",
                "e-1,shop,2025-04-01T10:00:00+03:00,C-9,150.00"));

        ImportSummary edited = importFile(csv, 100);

        assertEquals(1, edited.conflict());
        assertFalse(edited.clean(), "the edited row was not stored: exit 2, not 0");
        assertTrue(edited.report().contains("the stored sales stand"), edited.report());
        assertEquals(0, new java.math.BigDecimal("100").compareTo(new java.math.BigDecimal(
                LocalDynamo.item(config.salesTable(), "saleId", "e-1").get("total").n())), "the stored sale stands");
    }

    @Test
    void unknownColumnsStopTheImportBeforeAnythingIsSent(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("sales.csv");
        Files.write(csv, List.of("saleId,storeId,occurredAt,customerId,amount", "s-1,shop,2025-03-01T10:00:00+03:00,C-1,1"));

        CliFailure error = assertThrows(CliFailure.class, () -> importFile(csv, 100));

        assertTrue(error.getMessage().contains("[amount]"), error.getMessage());
    }

    @Test
    void cdnowRowsBecomeSalesAtNoonShopTime(@TempDir Path tmp) throws Exception {
        Path cdnow = tmp.resolve("cdnow.txt");
        Files.write(cdnow, List.of(" 00001 19970101  1   11.77", " 00002 19970112  1   12.00", " 00002 19970112  5   77.00"));

        ImportSummary summary = importFile(cdnow, 100);
        system.drain(Duration.ofSeconds(30));

        assertEquals(3, summary.accepted());
        var sale = LocalDynamo.item(config.salesTable(), "saleId", "cdnow-3");
        assertEquals("cdnow-00002", sale.get("customerKey").s());
        assertEquals("1997-01-12T12:00+03:00", sale.get("occurredAt").s());
        assertEquals("77", sale.get("total").n());
        assertEquals("RUB", sale.get("currency").s(), "the shop's currency: it never mixes two");
        assertTrue(summary.report().contains("note: CDNOW's dollar values were sent without a currency, so they are"
                + " stored in the shop's DEFAULT_CURRENCY"), summary.report());
    }

    @Test
    void aCdnowImportSentAsUsdIsRefusedByARoubleShopAndSaysWhy(@TempDir Path tmp) throws Exception {
        Path cdnow = tmp.resolve("cdnow.txt");
        Files.write(cdnow, List.of(" 00001 19970101  1   11.77"));

        ImportSummary summary = new HistoryImporter(new HistoryImporter.Options(system.baseUrl(), SECRET, 100, null,
                "USD", null, config.shopZone(), 2, null)).run(cdnow);

        assertEquals(1, summary.rejected(), summary.report());
        assertTrue(summary.report().contains("currency: is USD, but this shop counts in RUB"), summary.report());
        assertTrue(summary.report().contains("the webhook refuses them unless the shop's DEFAULT_CURRENCY is USD"),
                summary.report());
    }

    @Test
    void theCdnowSampleIsRecognisedItsCustomersKeyedAsInTheMasterFile(@TempDir Path tmp) throws Exception {
        // The layout of CDNOW_sample.txt: master customer id, sample id, date, number of CDs, dollars.
        Path sample = tmp.resolve("CDNOW_sample.txt");
        Files.write(sample, List.of(" 00004 0001 19970101  2   29.33", " 00004 0001 19970118  2   29.73",
                " 00021 0002 19970101  3   63.34"));

        ImportSummary summary = importFile(sample, 100);

        assertEquals(3, summary.accepted(), summary.report());
        assertTrue(summary.clean(), summary.report());
        var sale = LocalDynamo.item(config.salesTable(), "saleId", "cdnow-sample-2");
        assertEquals("cdnow-00004", sale.get("customerKey").s());
        assertEquals("1997-01-18T12:00+03:00", sale.get("occurredAt").s());
        assertEquals("29.73", sale.get("total").n());
    }

    @Test
    void cdnowRowsWithBadValuesAreUnreadableLinesAndTheOthersGetIn(@TempDir Path tmp) throws Exception {
        Path cdnow = tmp.resolve("cdnow.txt");
        Files.write(cdnow, List.of(" 00001 19970101  1   11.77", " 00002 19971345  1   12.00",
                " 00003 19970112  1   N/A", " 00004 19970112  1   5.005", " 00005 19970113  2   20.00"));

        ImportSummary summary = importFile(cdnow, 100);

        assertEquals(2, summary.accepted(), summary.report());
        assertEquals(List.of("line 2: 19971345 is not a date (yyyymmdd)",
                "line 3: dollar_value N/A is not an amount with at most two decimals",
                "line 4: dollar_value 5.005 is not an amount with at most two decimals"), summary.unreadableLines());
        assertFalse(summary.clean(), "exit 2");
        assertTrue(summary.report().contains("unreadable 3"), summary.report());
    }

    @Test
    void aSemicolonFileWithAnAmbiguousAmountListsThatLineAsUnreadableAndImportsTheRest(@TempDir Path tmp)
            throws Exception {
        Path csv = tmp.resolve("excel-ru.csv");
        Files.write(csv, List.of("saleId;storeId;occurredAt;customerId;total",
                "s-1;shop;2025-03-01T10:00:00+03:00;C-1;100,50",
                "s-2;shop;2025-03-02T10:00:00+03:00;C-1;1,234.50"));

        ImportSummary summary = importFile(csv, 100);

        assertEquals(1, summary.accepted(), summary.report());
        assertEquals("100.5", LocalDynamo.item(config.salesTable(), "saleId", "s-1").get("total").n());
        assertEquals(List.of("line 3: total '1,234.50' has both a comma and a dot, so it is unclear which is the"
                + " decimal mark: write 1234.50 or 1234,50, thousands grouped with spaces if at all (1 234,50)"),
                summary.unreadableLines());
        assertFalse(summary.clean(), "exit 2");
    }

    @Test
    void aWindows1251FileReadAsUtf8IsRefusedInOneLineSayingToPassItsEncoding(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("cp1251.csv");
        Files.write(csv, List.of("saleId,storeId,occurredAt,customerId,name,total",
                "s-1,shop,2025-03-01T10:00:00+03:00,C-1,Анна,10"), java.nio.charset.Charset.forName("windows-1251"));

        CliFailure error = assertThrows(CliFailure.class, () -> importFile(csv, 100));

        assertTrue(error.getMessage().contains("line 2 is not UTF-8 text")
                && error.getMessage().contains("pass --encoding windows-1251"), error.getMessage());
        assertEquals(1, error.getMessage().lines().count());
        assertEquals(ExitCode.FAILED, error.exitCode());
    }

    @Test
    void aCsvUtf8FromExcelIsReadDespiteItsByteOrderMark(@TempDir Path tmp) throws Exception {
        Path csv = tmp.resolve("excel-utf8.csv");
        Files.writeString(csv, "\uFEFFsaleId,storeId,occurredAt,customerId,name,total\n"
                + "bom-1,shop,2025-03-01T10:00:00+03:00,C-1,Анна,10\n");

        ImportSummary summary = importFile(csv, 100);

        assertEquals(1, summary.accepted(), summary.report());
        assertTrue(summary.clean(), summary.report());
    }

    @Test
    void aFileThatIsNeitherCsvNorCdnowIsRefusedSayingWhatEachLooksLike(@TempDir Path tmp) throws Exception {
        Path other = tmp.resolve("other.txt");
        Files.write(other, List.of("00001 1997-01-01 1 11.77", "00002 1997-01-12 1 12.00"));

        CliFailure error = assertThrows(CliFailure.class, () -> importFile(other, 100));

        assertTrue(error.getMessage().contains("neither CSV") && error.getMessage().contains("CDNOW_sample.txt"),
                error.getMessage());
    }
}
