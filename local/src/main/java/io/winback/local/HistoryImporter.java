package io.winback.local;

import io.winback.time.WallClock;
import com.fasterxml.jackson.databind.JsonNode;
import io.winback.config.WinbackConfig;
import io.winback.csv.CsvUnreadable;
import io.winback.csv.SpreadsheetCsv;
import io.winback.json.Json;
import io.winback.security.WebhookSignature;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./winback import FILE}: posts past sales to the webhook as signed batches, a few requests in flight, with a
 * progress bar and a summary. Safe to run twice: the second run reports duplicates. A batch refused with 400 is
 * re-sent sale by sale, so the good sales get in and each bad one is reported with its line.
 */
public final class HistoryImporter {
    /** @param encoding the CSV's charset as --encoding names it; null is UTF-8 */
    public record Options(URI url, String secret, int batchSize, String format, String currency, String storeId,
                          ZoneId zone, int inFlight, PrintStream progress, String encoding) {
        public Options(URI url, String secret, int batchSize, String format, String currency, String storeId,
                       ZoneId zone, int inFlight, PrintStream progress) {
            this(url, secret, batchSize, format, currency, storeId, zone, inFlight, progress, null);
        }
    }

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong duplicate = new AtomicLong();
    private final AtomicLong conflict = new AtomicLong();
    private final AtomicLong erased = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private volatile boolean answered;
    private final Map<String, Long> reasons = new ConcurrentHashMap<>();
    private final Map<String, List<Long>> reasonLines = new ConcurrentHashMap<>();

    public HistoryImporter(Options options) {
        this.options = options;
    }

    static final String USAGE = "usage: ./winback import FILE [--url http://localhost:PORT] [--secret S] [--batch 100]"
            + " [--format csv|cdnow] [--encoding utf-8|windows-1251] [--currency CUR] [--store STORE] [--debug]";

    public static void main(String[] args) {
        ExitCode code = Cli.run("import", args, System.err, rest -> command(rest, System.getenv(), System.out));
        System.exit(code.code());
    }

    /**
     * The whole command: options, the file, the import, the summary on {@code out}. OK when every row got in (or was
     * there already), ROWS_REJECTED when some were refused or unreadable; anything that stops it is a CliFailure.
     */
    static ExitCode command(String[] args, Map<String, String> env, PrintStream out) throws Exception {
        WinbackConfig config = WinbackConfig.from(env);
        String url = "http://localhost:" + LocalOptions.defaultPort(env);
        String secret = config.webhookSecrets().isEmpty() ? LocalRunner.LOCAL_SECRET : config.webhookSecrets().getFirst();
        String batchText = "100";
        String format = null;
        String currency = null;
        String store = null;
        String encoding = null;
        Path file = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = LocalOptions.value(args, ++i, "--url");
                case "--secret" -> secret = LocalOptions.value(args, ++i, "--secret");
                case "--batch" -> batchText = LocalOptions.value(args, ++i, "--batch");
                case "--format" -> format = LocalOptions.value(args, ++i, "--format");
                case "--currency" -> currency = LocalOptions.value(args, ++i, "--currency");
                case "--store" -> store = LocalOptions.value(args, ++i, "--store");
                case "--encoding" -> encoding = LocalOptions.value(args, ++i, "--encoding");
                case "-h", "--help" -> {
                    out.println(USAGE);
                    return ExitCode.OK;
                }
                default -> {
                    if (args[i].startsWith("--")) {
                        throw CliFailure.usage("unknown option " + args[i] + "; " + USAGE);
                    }
                    if (file != null) {
                        throw CliFailure.usage("one file at a time (" + file + " and " + args[i] + "); " + USAGE);
                    }
                    file = Path.of(args[i]);
                }
            }
        }
        if (file == null) {
            throw CliFailure.usage("which file? " + USAGE);
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw CliFailure.usage("cannot read " + file.toAbsolutePath().normalize() + ": no such readable file");
        }
        int batch = batchSize(batchText);
        if (format != null && !format.equals("csv") && !format.equals("cdnow")) {
            throw CliFailure.usage("--format must be csv or cdnow, not '" + format + "'");
        }
        try {
            SpreadsheetCsv.charset(encoding);
        } catch (CsvUnreadable e) {
            throw CliFailure.usage("--encoding: " + e.getMessage());
        }
        URI target = webhookBase(url);
        Options options = new Options(target, secret, batch, format, currency, store, config.shopZone(), 4, System.err,
                encoding);
        ImportSummary summary = new HistoryImporter(options).run(file);
        out.print(summary.report());
        return summary.clean() ? ExitCode.OK : ExitCode.ROWS_REJECTED;
    }

    private static int batchSize(String text) {
        try {
            int batch = Integer.parseInt(text);
            if (batch >= 1 && batch <= 100) {
                return batch;
            }
        } catch (NumberFormatException e) {
            // worded below
        }
        throw CliFailure.usage("--batch must be 1 to 100 (the webhook takes at most 100 sales per request), not '"
                + text + "'");
    }

    private static URI webhookBase(String url) {
        try {
            URI uri = URI.create(url);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // worded below
        }
        throw CliFailure.usage("--url must be the base URL of Winback, e.g. http://localhost:8080, not '" + url + "'");
    }

    public ImportSummary run(Path file) throws IOException, InterruptedException {
        long started = System.nanoTime();
        List<String> unreadable = Collections.synchronizedList(new ArrayList<>());
        List<String> notes = new ArrayList<>();
        List<ImportRow> rows;
        try {
            String format = options.format() != null ? options.format()
                    : CdnowReader.looksLikeCdnow(file) ? "cdnow" : "csv";
            rows = switch (format) {
                case "cdnow" -> {
                    notes.add(cdnowCurrencyNote(options.currency()));
                    yield CdnowReader.read(file, options.zone(), options.currency(),
                            options.storeId() == null ? "cdnow" : options.storeId(), unreadable);
                }
                case "csv" -> CsvReader.read(file, options.encoding(), options.zone(), unreadable);
                default -> throw CliFailure.usage("--format must be csv or cdnow, not '" + format + "'");
            };
        } catch (CharacterCodingException e) {
            throw CliFailure.stopped(file + " is not text a CDNOW file holds (plain ASCII, read as UTF-8)", e);
        }
        Progress progress = new Progress(rows.size(), options.progress());
        ExecutorService senders = Executors.newFixedThreadPool(options.inFlight());
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int from = 0; from < rows.size(); from += options.batchSize()) {
                List<ImportRow> batch = rows.subList(from, Math.min(rows.size(), from + options.batchSize()));
                sent.add(senders.submit(() -> {
                    sendBatch(batch);
                    progress.show(done.addAndGet(batch.size()));
                    return null;
                }));
            }
            for (Future<?> future : sent) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof CliFailure failure) {
                        throw failure;
                    }
                    throw CliFailure.stopped("the import stopped after " + done.get() + " of " + rows.size()
                            + " sales (" + e.getCause() + "); running it again is safe: stored sales come back as"
                            + " duplicates", e.getCause());
                }
            }
        } finally {
            senders.shutdownNow();
            progress.finish();
        }
        Map<String, Long> sortedReasons = new LinkedHashMap<>();
        reasons.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> sortedReasons.put(e.getKey(), e.getValue()));
        Map<String, List<Long>> lines = new HashMap<>();
        reasonLines.forEach((reason, list) -> lines.put(reason, list.stream().sorted().toList()));
        return new ImportSummary(rows.size(), accepted.get(), duplicate.get(), conflict.get(), erased.get(),
                rejected.get(), sortedReasons, lines, List.copyOf(unreadable),
                Duration.ofNanos(System.nanoTime() - started), notes);
    }

    /**
     * CDNOW's amounts are US dollars, and a shop never mixes currencies (the webhook refuses a receipt in another
     * than its DEFAULT_CURRENCY). Without --currency the rows carry none, so they are stored in the shop's currency.
     */
    static String cdnowCurrencyNote(String currency) {
        if (currency != null) {
            return "CDNOW's dollar values were sent as " + currency + " (--currency); the webhook refuses them unless"
                    + " the shop's DEFAULT_CURRENCY is " + currency;
        }
        return "CDNOW's dollar values were sent without a currency, so they are stored in the shop's DEFAULT_CURRENCY"
                + " (RUB unless set), one for one: fine for trying Winback out; to keep them as US dollars, start"
                + " ./winback local with DEFAULT_CURRENCY=USD";
    }

    private void sendBatch(List<ImportRow> batch) throws IOException, InterruptedException {
        List<Object> sales = batch.stream().map(r -> (Object) r.sale()).toList();
        HttpResponse<String> response = post(Json.write(Map.of("sales", sales)));
        if (response.statusCode() == 200) {
            count(winbackAnswer(response, "results"), batch);
            return;
        }
        if (response.statusCode() == 400 && batch.size() > 1) {
            for (ImportRow row : batch) {
                sendBatch(List.of(row));
            }
            return;
        }
        if (response.statusCode() == 400) {
            rejected.incrementAndGet();
            for (JsonNode error : winbackAnswer(response, "errors")) {
                reject(error, batch.getFirst());
            }
            return;
        }
        throw refused(response);
    }

    /**
     * The named field of the webhook's JSON answer; an answer without it (an HTML page, another service's JSON) means
     * --url points elsewhere, which stops the import in one line.
     */
    private JsonNode winbackAnswer(HttpResponse<String> response, String field) {
        JsonNode value = null;
        try {
            JsonNode root = Json.readTree(response.body());
            value = root == null ? null : root.get(field);
        } catch (IOException notJson) {
            // worded below
        }
        if (value == null || !value.isArray()) {
            String where = options.url().resolve("/v1/sales").toString();
            String type = response.headers().firstValue("content-type").orElse("no content type");
            throw CliFailure.stopped(where + " answered " + response.statusCode() + " with " + type + ", not"
                    + " Winback's JSON: is --url the base URL of Winback, e.g. http://localhost:8080 or the stack's"
                    + " WebhookUrl without /v1/sales?");
        }
        return value;
    }

    /** An answer that no row of the file can change: the whole import stops, in one line saying what to do. */
    private CliFailure refused(HttpResponse<String> response) {
        String where = options.url().resolve("/v1/sales").toString();
        String said = firstErrorMessage(response.body());
        if (response.statusCode() == 401) {
            return CliFailure.stopped("the webhook at " + where + " did not accept the signature (401: " + said
                    + "); pass the secret the server uses with --secret (./winback local prints it; on AWS it is one"
                    + " of WEBHOOK_SECRETS)");
        }
        if (response.statusCode() == 404 || response.statusCode() == 405) {
            return CliFailure.stopped(where + " answered " + response.statusCode() + " (" + said + "): is --url the"
                    + " base URL of Winback, e.g. http://localhost:8080 or the stack's WebhookUrl without /v1/sales?");
        }
        return CliFailure.stopped("the webhook at " + where + " answered " + response.statusCode() + " (" + said
                + "); after " + done.get() + " sales: running the import again is safe, stored sales come back as"
                + " duplicates");
    }

    private static String firstErrorMessage(String body) {
        try {
            JsonNode root = Json.readTree(body);
            JsonNode first = root.path("errors").path(0);
            if (!first.isMissingNode()) {
                return first.path("field").asText() + ": " + first.path("message").asText();
            }
            if (root.has("message")) {
                return root.path("message").asText();
            }
        } catch (IOException | RuntimeException notJson) {
            // the body as it is, shortened below
        }
        String text = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

    /** The webhook answers one result per sale, in the order sent. */
    private void count(JsonNode results, List<ImportRow> batch) {
        int i = 0;
        for (JsonNode result : results) {
            ImportRow row = batch.get(Math.min(i++, batch.size() - 1));
            switch (result.path("status").asText()) {
                case "accepted" -> accepted.incrementAndGet();
                case "duplicate" -> duplicate.incrementAndGet();
                case "conflict" -> conflict.incrementAndGet();
                case "erased" -> erased.incrementAndGet();
                // A return another till's return of the same sale left too little room for, at the same moment.
                case "refused" -> {
                    rejected.incrementAndGet();
                    reject(result, row);
                }
                default -> throw new IllegalStateException("unknown result " + result);
            }
        }
    }

    private void reject(JsonNode error, ImportRow row) {
        String reason = error.path("field").asText() + ": " + error.path("message").asText();
        reasons.merge(reason, 1L, Long::sum);
        reasonLines.computeIfAbsent(reason, k -> Collections.synchronizedList(new ArrayList<>())).add(row.lineNumber());
    }

    /**
     * Signs and posts; retries connection failures and 5xx, which is safe because the webhook is idempotent. A
     * connection refused before anything ever answered is not retried: nothing listens there.
     */
    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        IOException lastFailure = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpRequest request = HttpRequest.newBuilder(options.url().resolve("/v1/sales"))
                    .timeout(Duration.ofSeconds(60))
                    .header("content-type", "application/json")
                    .header(WebhookSignature.HEADER, WebhookSignature.sign(options.secret(),
                            WallClock.utc().millis() / 1000, bytes))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                    .build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                answered = true;
                if (response.statusCode() < 500) {
                    return response;
                }
                lastFailure = new IOException("the webhook answered " + response.statusCode() + ": " + response.body());
            } catch (java.net.ConnectException e) {
                if (!answered) {
                    throw nothingListening(e);
                }
                lastFailure = e;
            } catch (IOException e) {
                lastFailure = e;
            }
            Thread.sleep(200L << attempt);
        }
        throw lastFailure;
    }

    private CliFailure nothingListening(java.net.ConnectException e) {
        return CliFailure.stopped("nothing answers at " + options.url().resolve("/v1/sales") + " (connection refused):"
                + " start Winback first with ./winback local (in another terminal), or pass --url where it runs", e);
    }

    /** A progress bar on a terminal; a line every 10% otherwise (CI logs, pipes). */
    private static final class Progress {
        private final long total;
        private final PrintStream out;
        private final boolean terminal = System.console() != null;
        private final long started = System.nanoTime();
        private long lastTenth = -1;

        Progress(long total, PrintStream out) {
            this.total = total;
            this.out = out;
        }

        synchronized void show(long done) {
            if (out == null || total == 0) {
                return;
            }
            double fraction = (double) done / total;
            double seconds = (System.nanoTime() - started) / 1e9;
            double rate = done / Math.max(seconds, 1e-3);
            long eta = rate > 0 ? Math.round((total - done) / rate) : 0;
            if (terminal) {
                int width = 30;
                int filled = (int) Math.round(fraction * width);
                out.printf("\r[%s%s] %3.0f%%  %,d/%,d  %,.0f sales/s  ETA %ds ", "#".repeat(filled),
                        ".".repeat(width - filled), fraction * 100, done, total, rate, eta);
            } else if ((long) (fraction * 10) > lastTenth) {
                lastTenth = (long) (fraction * 10);
                out.printf("%3.0f%%  %,d/%,d  %,.0f sales/s%n", fraction * 100, done, total, rate);
            }
        }

        synchronized void finish() {
            if (out != null && terminal) {
                out.println();
            }
        }
    }
}
