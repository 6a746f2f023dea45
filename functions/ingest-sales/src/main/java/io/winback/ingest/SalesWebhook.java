package io.winback.ingest;

import io.winback.concurrent.DaemonThreads;
import io.winback.domain.ReturnCheck;
import io.winback.domain.Sale;
import io.winback.domain.SalesStore;
import io.winback.erasure.ErasedCustomers;
import io.winback.validation.FieldError;
import io.winback.http.HttpMessages;
import io.winback.validation.Validated;
import io.winback.json.Json;
import io.winback.log.JsonLog;
import io.winback.security.WebhookSignature;
import io.winback.snapstart.Priming;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * {@code POST /v1/sales}: size, then signature, then the whole body validated, and only then the sales stored,
 * each with a conditional write, so a request is taken whole or not at all and a retried request changes nothing.
 */
public final class SalesWebhook {
    public static final int MAX_BODY_BYTES = 1024 * 1024;
    /** Conditional writes in flight for one request: I/O-bound, so more than Lambda's cores. */
    static final int PARALLEL_WRITES = 8;
    private static final JsonLog LOG = JsonLog.forClass(SalesWebhook.class);

    private final WebhookSignature signature;
    private final SaleParser parser;
    private final SalesStore store;
    private final ReturnsAgainstOriginals returns;
    private final ErasedCustomers erased;
    private final Clock clock;
    private final ExecutorService writers = DaemonThreads.pool("sales-writer", PARALLEL_WRITES);

    public SalesWebhook(WebhookSignature signature, SaleParser parser, SalesStore store, ErasedCustomers erased,
                        Clock clock) {
        this.signature = signature;
        this.parser = parser;
        this.store = store;
        this.returns = new ReturnsAgainstOriginals(store);
        this.erased = erased;
        this.clock = clock;
    }

    /** The HTTP answer: a status and a JSON body. */
    public record Reply(int status, String body) {
    }

    public Reply receive(byte[] body, String signatureHeader, String requestId) {
        long started = System.nanoTime();
        if (body.length > MAX_BODY_BYTES) {
            return refuse(413, requestId, "body", "is larger than " + MAX_BODY_BYTES + " bytes; send at most "
                    + SaleParser.MAX_SALES_PER_REQUEST + " sales per request");
        }
        String rejection = signature.rejectionOf(signatureHeader, body);
        if (rejection != null) {
            return refuse(401, requestId, WebhookSignature.HEADER, rejection);
        }
        if (HttpMessages.utf8Text(body) instanceof Validated.Invalid<String> notText) {
            LOG.info("sales_rejected", "requestId", requestId, "status", 400, "reason", "not_utf8");
            return new Reply(400, HttpMessages.errorsBody(notText.errors()));
        }
        SaleParser.Result parsed = parser.parse(new String(body, StandardCharsets.UTF_8));
        if (parsed instanceof SaleParser.Result.Invalid invalid) {
            LOG.info("sales_rejected", "requestId", requestId, "status", 400, "errors", invalid.errors().size());
            return new Reply(400, HttpMessages.errorsBody(invalid.errors()));
        }
        List<Sale> sales = ((SaleParser.Result.Valid) parsed).sales();
        List<Map<String, String>> results = new ArrayList<>(sales.size());
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<ReturnsAgainstOriginals.Written> outcomes;
        try {
            // Receipts of customers erased after they were made are answered, not stored: one read for the request.
            Set<String> keptOut = erased.keptOut(sales);
            List<ReturnCheck.Verdict> verdicts = returns.check(sales);
            List<FieldError> refused = new ArrayList<>(ReturnsAgainstOriginals.refusals(verdicts));
            refused.removeIf(e -> e.index() != null && keptOut.contains(sales.get(e.index()).saleId()));
            if (!refused.isEmpty()) {
                LOG.info("sales_rejected", "requestId", requestId, "status", 400, "errors", refused.size(),
                        "reason", "returns");
                return new Reply(400, HttpMessages.errorsBody(refused));
            }
            outcomes = recordAll(sales, verdicts, keptOut);
        } catch (SdkException storageTrouble) {
            LOG.error("sales_store_failed", storageTrouble, "requestId", requestId, "of", sales.size(),
                    "retryable", isPassing(storageTrouble));
            if (!isPassing(storageTrouble)) {
                // DynamoDB refused the write itself (a ValidationException): the same request fails the same way,
                // so "retry" would be a lie the till acts on forever.
                return new Reply(500, HttpMessages.errorsBody(List.of(new FieldError(null, "server",
                        "a sale could not be stored and sending it again will not help; report request "
                                + requestId + " to the shop's Winback administrator"))));
            }
            // Sales stored so far are safe: the POS retries the whole request and gets them back as duplicates.
            return new Reply(503, HttpMessages.errorsBody(List.of(new FieldError(null, "server",
                    "storage is unavailable; retry the whole request, sales already stored come back as duplicate"))));
        }
        for (int i = 0; i < sales.size(); i++) {
            ReturnsAgainstOriginals.Written written = outcomes.get(i);
            Map<String, String> result = new LinkedHashMap<>();
            result.put("saleId", sales.get(i).saleId());
            if (written.refused() != null) {
                // Only when another return of the same sale was stored between the check and this write.
                result.put("status", "refused");
                result.put("field", written.refused().field());
                result.put("message", written.refused().message());
            } else {
                result.put("status", written.outcome().name().toLowerCase(java.util.Locale.ROOT));
                if (written.outcome() == SalesStore.Outcome.CONFLICT) {
                    result.put("message", CONFLICT_MESSAGE);
                } else if (written.outcome() == SalesStore.Outcome.ERASED) {
                    result.put("message", ERASED_MESSAGE);
                }
            }
            counts.merge(result.get("status"), 1, Integer::sum);
            results.add(result);
        }
        LOG.info("sales_received", "requestId", requestId, "status", 200, "sales", sales.size(),
                "accepted", counts.getOrDefault("accepted", 0),
                "duplicate", counts.getOrDefault("duplicate", 0),
                "conflict", counts.getOrDefault("conflict", 0),
                "refused", counts.getOrDefault("refused", 0),
                "erased", counts.getOrDefault("erased", 0),
                "latencyMs", (System.nanoTime() - started) / 1_000_000);
        return new Reply(200, Json.write(Map.of("results", results)));
    }

    /**
     * Storage trouble that passes: throttling, a 5xx, no answer. Any other 4xx from DynamoDB (a ValidationException,
     * a missing permission) comes back the same on every retry.
     */
    static boolean isPassing(SdkException trouble) {
        if (trouble instanceof AwsServiceException service) {
            return service.isThrottlingException() || service.statusCode() >= 500 || service.statusCode() < 400;
        }
        return true;
    }

    /** What a POS integrator needs to know about a conflict, in the answer itself. */
    static final String CONFLICT_MESSAGE = "this saleId was stored before with other content; the stored sale stands "
            + "and this one was not applied: send a new saleId for a different receipt";

    static final String ERASED_MESSAGE = "this receipt's customer was erased after it was made: it is not stored under "
            + "them, so the person does not come back (a purchase made after the erasure starts a new customer)";

    /** Walks every step of {@link #receive} but the write, on a sample sale, for SnapStart priming. */
    public void prime() {
        byte[] sample = Priming.SAMPLE_SALE.getBytes(StandardCharsets.UTF_8);
        String header = WebhookSignature.sign("priming", clock.instant().getEpochSecond(), sample);
        new WebhookSignature(java.util.List.of("priming"), 300, clock).rejectionOf(header, sample);
        if (parser.parse(Priming.SAMPLE_SALE) instanceof SaleParser.Result.Valid valid) {
            io.winback.dynamo.SaleItems.toItem(valid.sales().getFirst(), clock.instant().toString(),
                    java.time.ZoneOffset.UTC);
        }
        store.find(Priming.NEVER_A_KEY);
        Json.write(Map.of("results", List.of(Map.of("saleId", "x", "status", "accepted"))));
        HttpMessages.errorsBody(List.of(new FieldError(0, "total", "must not be negative")));
    }

    /**
     * Stores the sales a few at a time: each is an independent conditional write, so a batch of 100 costs about
     * a dozen round trips of latency instead of a hundred. Then the returns of known sales, one after another in
     * request order, so returns of one sale in one request take their turns at its refunded total (an original sold
     * in the same request is stored by then). Outcomes come back in request order.
     */
    private List<ReturnsAgainstOriginals.Written> recordAll(List<Sale> sales, List<ReturnCheck.Verdict> verdicts,
                                                            Set<String> keptOut) {
        List<Integer> plain = new ArrayList<>();
        ReturnsAgainstOriginals.Written[] written = new ReturnsAgainstOriginals.Written[sales.size()];
        // A return checked against its original is written in its transaction; a later copy of its saleId in the
        // same request is answered after it (duplicate or conflict), never written unchecked before it.
        Map<String, Integer> checkedReturn = new LinkedHashMap<>();
        for (int i = 0; i < sales.size(); i++) {
            if (verdicts.get(i) instanceof ReturnCheck.Verdict.Against) {
                checkedReturn.putIfAbsent(sales.get(i).saleId(), i);
            }
        }
        List<Integer> copies = new ArrayList<>();
        for (int i = 0; i < sales.size(); i++) {
            if (keptOut.contains(sales.get(i).saleId())) {
                written[i] = new ReturnsAgainstOriginals.Written(SalesStore.Outcome.ERASED, null);
            } else if (verdicts.get(i) instanceof ReturnCheck.Verdict.Against) {
                continue;
            } else if (checkedReturn.containsKey(sales.get(i).saleId())) {
                copies.add(i);
            } else {
                plain.add(i);
            }
        }
        List<SalesStore.Outcome> plainOutcomes = recordPlain(plain.stream().map(sales::get).toList());
        for (int k = 0; k < plain.size(); k++) {
            written[plain.get(k)] = new ReturnsAgainstOriginals.Written(plainOutcomes.get(k), null);
        }
        for (int i = 0; i < sales.size(); i++) {
            if (written[i] == null && verdicts.get(i) instanceof ReturnCheck.Verdict.Against against) {
                written[i] = returns.write(sales.get(i), against, clock.instant());
            }
        }
        for (int i : copies) {
            ReturnsAgainstOriginals.Written first = written[checkedReturn.get(sales.get(i).saleId())];
            written[i] = first.refused() != null ? first
                    : new ReturnsAgainstOriginals.Written(store.record(sales.get(i), clock.instant()), null);
        }
        return List.of(written);
    }

    private List<SalesStore.Outcome> recordPlain(List<Sale> sales) {
        // A sale id twice in one request: in order, so the first one listed is the one that counts.
        if (sales.size() <= 1 || sales.stream().map(Sale::saleId).distinct().count() < sales.size()) {
            List<SalesStore.Outcome> outcomes = new ArrayList<>(sales.size());
            for (Sale sale : sales) {
                outcomes.add(store.record(sale, clock.instant()));
            }
            return outcomes;
        }
        List<Future<SalesStore.Outcome>> pending = new ArrayList<>(sales.size());
        for (Sale sale : sales) {
            pending.add(writers.submit(() -> store.record(sale, clock.instant())));
        }
        List<SalesStore.Outcome> outcomes = new ArrayList<>(sales.size());
        SdkException failure = null;
        for (Future<SalesStore.Outcome> future : pending) {
            try {
                outcomes.add(future.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SdkException sdk) {
                    failure = sdk;
                } else if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                } else {
                    throw new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while storing sales", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return outcomes;
    }

    private Reply refuse(int status, String requestId, String field, String message) {
        LOG.info("sales_rejected", "requestId", requestId, "status", status, "reason", message);
        return new Reply(status, HttpMessages.errorsBody(List.of(new FieldError(null, field, message))));
    }
}
