package io.winback.bench;

import io.winback.time.WallClock;
import io.winback.security.WebhookSignature;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Posts prepared bodies to the webhook, signed, from a few client threads, and insists every sale is accepted. */
final class WebhookPoster {
    private final URI url;
    private final String secret;
    private final HttpClient http = HttpClient.newHttpClient();

    WebhookPoster(URI base, String secret) {
        this.url = base.resolve("/v1/sales");
        this.secret = secret;
    }

    void postAll(List<String> bodies, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                sent.add(pool.submit(() -> {
                    for (int i = thread; i < bodies.size(); i += threads) {
                        post(bodies.get(i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Posts body {@code i} at {@code i / perSecond} seconds after the start, as tills spread over the evening would,
     * from up to {@code threads} requests in flight; a body due while all are busy goes as soon as one is free, so a
     * pipeline that cannot keep the pace shows as a posted rate below it.
     */
    void postPaced(List<String> bodies, double perSecond, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < bodies.size(); i++) {
                long due = start + (long) (i * 1e9 / perSecond);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                String body = bodies.get(i);
                sent.add(pool.submit(() -> {
                    post(body);
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private void post(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(url)
                .header(WebhookSignature.HEADER, WebhookSignature.sign(secret, WallClock.utc().millis() / 1000, bytes))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"duplicate\"") || response.body().contains("\"conflict\"")) {
            throw new IllegalStateException("webhook answered " + response.statusCode() + ": " + response.body());
        }
    }
}
