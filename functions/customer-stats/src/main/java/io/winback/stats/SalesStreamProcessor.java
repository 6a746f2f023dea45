package io.winback.stats;

import io.winback.dynamo.StreamImages;

import com.amazonaws.services.lambda.runtime.events.DynamodbEvent;
import com.amazonaws.services.lambda.runtime.events.StreamsEventResponse;
import io.winback.concurrent.DaemonThreads;
import io.winback.dynamo.SaleItems;
import io.winback.erasure.ErasedCustomers;
import io.winback.log.JsonLog;
import io.winback.report.SaleLineEntries;
import io.winback.report.SaleLineEntry;
import io.winback.report.SaleLineIndex;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Turns a stream batch into sales, hands them to the updater while their lines go to the buyers index, and answers
 * with the records to retry.
 */
final class SalesStreamProcessor {
    private static final JsonLog LOG = JsonLog.forClass(SalesStreamProcessor.class);
    private final CustomerStatsUpdater updater;
    private final EpisodesEndedByPurchase episodes;
    private final SaleLineIndex lines;
    private final ErasedCustomers erased;
    private final ZoneId shopZone;
    private final ExecutorService lineWriter = DaemonThreads.pool("buyers-index", 1);

    SalesStreamProcessor(CustomerStatsUpdater updater, EpisodesEndedByPurchase episodes, SaleLineIndex lines,
                         ErasedCustomers erased, ZoneId shopZone) {
        this.updater = updater;
        this.episodes = episodes;
        this.lines = lines;
        this.erased = erased;
        this.shopZone = shopZone;
    }

    /**
     * The path of one streamed sale, mapped from its item and applied to a customer who never exists, computed but
     * not saved: classes, mappers and the DynamoDB read path are warm in the SnapStart snapshot.
     */
    void prime() {
        var sample = io.winback.snapstart.Priming.sampleSale();
        updater.dryRun(SaleItems.fromItem(SaleItems.toItem(sample, "priming", java.time.ZoneOffset.UTC)));
        erased.keptOut(java.util.List.of(sample));
    }

    StreamsEventResponse process(DynamodbEvent event) {
        List<StreamedSale> sales = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        int ignored = 0;
        List<DynamodbEvent.DynamodbStreamRecord> records = event.getRecords() == null ? List.of() : event.getRecords();
        for (DynamodbEvent.DynamodbStreamRecord record : records) {
            String sequenceNumber = record.getDynamodb().getSequenceNumber();
            // Only a new sale changes stats; the template filters the rest out, this guards direct invocations.
            if (!"INSERT".equals(record.getEventName()) || record.getDynamodb().getNewImage() == null) {
                ignored++;
                continue;
            }
            try {
                var item = StreamImages.toSdk(record.getDynamodb().getNewImage());
                sales.add(new StreamedSale(sequenceNumber, SaleItems.fromItem(item), receivedAt(item, record)));
            } catch (RuntimeException e) {
                unreadable.add(sequenceNumber);
                LOG.error("stream_record_unreadable", e, "sequenceNumber", sequenceNumber);
            }
        }
        // A receipt stored in the instant its customer was erased (the webhook checks first) is neither applied nor
        // indexed: it would bring the person back. Tombstones are rare, and the check is one read for the batch.
        int keptOut = 0;
        if (!sales.isEmpty()) {
            java.util.Set<String> erasedOnes = erased.keptOut(sales.stream().map(StreamedSale::sale).toList());
            keptOut = erasedOnes.size();
            if (keptOut > 0) {
                sales.removeIf(streamed -> erasedOnes.contains(streamed.sale().saleId()));
            }
        }
        // The buyers index needs nothing from the customers: its writes overlap theirs instead of following them.
        // For those milliseconds a buyers report may list a new customer whose card is not written yet (the report
        // shows the row without contact details): a report is read long after, and a warm batch saves a round trip.
        Future<Integer> indexed = sales.isEmpty() ? CompletableFuture.completedFuture(0)
                : lineWriter.submit(() -> indexLines(sales));
        CustomerStatsUpdater.Outcome outcome = updater.apply(sales);
        List<StreamsEventResponse.BatchItemFailure> failures = new ArrayList<>();
        unreadable.forEach(seq -> failures.add(new StreamsEventResponse.BatchItemFailure(seq)));
        outcome.failedSequenceNumbers().forEach(seq -> failures.add(new StreamsEventResponse.BatchItemFailure(seq)));
        endEpisodes(sales, outcome).forEach(seq -> failures.add(new StreamsEventResponse.BatchItemFailure(seq)));
        int lineEntries = linesIndexed(indexed);
        if (lineEntries < 0 && !sales.isEmpty()) {
            failures.add(new StreamsEventResponse.BatchItemFailure(sales.getFirst().sequenceNumber()));
        }
        LOG.info("stream_batch_processed", "records", records.size(), "ignored", ignored, "keptOutErased", keptOut,
                "customersUpdated", outcome.customersUpdated(), "salesApplied", outcome.salesApplied(),
                "alreadyApplied", outcome.alreadyApplied(), "raceRetries", outcome.raceRetries(),
                "lineEntries", Math.max(lineEntries, 0), "failed", failures.size());
        return new StreamsEventResponse(failures);
    }

    /**
     * When the webhook stored the sale: its {@code receivedAt}, else (an item written by other means) the moment its
     * record entered the stream, which is no earlier. Either bounds how long the record can be delivered again.
     */
    private static Instant receivedAt(Map<String, AttributeValue> item, DynamodbEvent.DynamodbStreamRecord record) {
        Instant stored = SaleItems.receivedAt(item);
        if (stored != null) {
            return stored;
        }
        Date entered = record.getDynamodb().getApproximateCreationDateTime();
        if (entered == null) {
            throw new IllegalArgumentException("the sale has no receivedAt and its record no creation time");
        }
        return entered.toInstant();
    }

    /**
     * Ends the episodes the batch's purchases end, for the customers who may be in one and whose sales were applied
     * (the others are sent back anyway). Returns the first sequence number of each customer whose episodes could not
     * be read or written: the batch is retried from there, the customer's sales count as applied already, and their
     * episodes are judged again.
     */
    private List<String> endEpisodes(List<StreamedSale> sales, CustomerStatsUpdater.Outcome outcome) {
        java.util.Map<String, List<StreamedSale>> byCustomer = new java.util.LinkedHashMap<>();
        for (StreamedSale streamed : sales) {
            if (outcome.mayBeInEpisode().containsKey(streamed.sale().customerKey())) {
                byCustomer.computeIfAbsent(streamed.sale().customerKey(), k -> new ArrayList<>()).add(streamed);
            }
        }
        List<String> failed = new ArrayList<>();
        byCustomer.forEach((customerKey, theirs) -> {
            try {
                episodes.endBy(customerKey, outcome.mayBeInEpisode().get(customerKey),
                        theirs.stream().map(StreamedSale::sale).toList());
            } catch (RuntimeException e) {
                LOG.error("episode_not_ended", e, "customer", io.winback.log.JsonLog.mask(customerKey));
                failed.add(theirs.getFirst().sequenceNumber());
            }
        });
        return failed;
    }

    /**
     * The batch's lines into the buyers index: how many entries, or -1 when the write failed. Its writes are
     * idempotent, as are the customers' updates: when it fails, the batch is retried from its first sale.
     */
    private int indexLines(List<StreamedSale> sales) {
        List<SaleLineEntry> entries = new ArrayList<>();
        sales.forEach(streamed -> entries.addAll(SaleLineEntries.of(streamed.sale(), shopZone)));
        try {
            lines.add(entries);
            return entries.size();
        } catch (RuntimeException e) {
            LOG.error("sale_lines_not_indexed", e, "sales", sales.size(), "entries", entries.size());
            return -1;
        }
    }

    private static int linesIndexed(Future<Integer> indexed) {
        try {
            return indexed.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (ExecutionException e) {
            LOG.error("sale_lines_not_indexed", e.getCause());
            return -1;
        }
    }
}
