package io.winback.messaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/**
 * A stand-in for SNS or SES on a loopback socket, speaking just enough HTTP/1.1 to answer each request as a test
 * scripts it: an answer, silence (the client's read timeout), or a hang-up after reading the request. Written on
 * a bare socket so that every request that reaches it is counted, retries included, and nothing in between can
 * answer or retry for it.
 */
final class FakeProvider implements AutoCloseable {

    /** A request as it arrived. */
    record Request(String method, String path, String body) {
    }

    /** What the provider does with one request. */
    sealed interface Behaviour {
    }

    record Answer(int status, String contentType, String body, String errorType) implements Behaviour {
        static Answer xml(int status, String body) {
            return new Answer(status, "text/xml", body, null);
        }

        static Answer json(int status, String errorType, String body) {
            return new Answer(status, "application/json", body, errorType);
        }
    }

    /** Reads the request and never answers. */
    record Silence() implements Behaviour {
    }

    /** Reads the request, then closes the connection without a word. */
    record HangUp() implements Behaviour {
    }

    private final ServerSocket socket;
    private final Function<Request, Behaviour> script;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    private FakeProvider(ServerSocket socket, Function<Request, Behaviour> script) {
        this.socket = socket;
        this.script = script;
    }

    static FakeProvider start(Function<Request, Behaviour> script) throws IOException {
        FakeProvider provider = new FakeProvider(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), script);
        Thread.ofPlatform().daemon().name("fake-provider").start(provider::acceptLoop);
        return provider;
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort());
    }

    /** Every request that reached the provider, in order. */
    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Requests whose body contains {@code marker} (an SNS {@code Action=...}, say). */
    long count(String marker) {
        return requests.stream().filter(r -> r.body().contains(marker) || r.path().contains(marker)).count();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread.ofPlatform().daemon().start(() -> serve(connection));
            } catch (IOException closing) {
                return;
            }
        }
    }

    private void serve(Socket connection) {
        try (connection) {
            Request request = read(connection.getInputStream());
            if (request == null) {
                return;
            }
            requests.add(request);
            switch (script.apply(request)) {
                case Answer answer -> write(connection.getOutputStream(), answer);
                case Silence silence -> closed.await();
                case HangUp hangUp -> {
                }
            }
        } catch (IOException | InterruptedException ignored) {
            // the client gave up first
        }
    }

    private static Request read(InputStream in) throws IOException {
        String head = readHead(in);
        if (head == null) {
            return null;
        }
        String[] lines = head.split("\r\n");
        String[] start = lines[0].split(" ");
        int length = 0;
        boolean chunked = false;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(line.substring(line.indexOf(':') + 1).strip());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            throw new IOException("chunked bodies are not expected from the SDK here");
        }
        byte[] body = in.readNBytes(length);
        return new Request(start[0], start[1], new String(body, StandardCharsets.UTF_8));
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int b;
        while ((b = in.read()) != -1) {
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    private static void write(OutputStream out, Answer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(answer.status()).append(" Status\r\n")
                .append("Content-Type: ").append(answer.contentType()).append("\r\n")
                .append("Content-Length: ").append(body.length).append("\r\n")
                .append("x-amzn-RequestId: fake-request\r\n")
                .append("Connection: close\r\n");
        if (answer.errorType() != null) {
            head.append("x-amzn-ErrorType: ").append(answer.errorType()).append("\r\n");
        }
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        socket.close();
    }

    /** SNS's answer to {@code CheckIfPhoneNumberIsOptedOut}. */
    static Answer snsOptedOut(boolean optedOut) {
        return Answer.xml(200, """
                <CheckIfPhoneNumberIsOptedOutResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
                  <CheckIfPhoneNumberIsOptedOutResult><isOptedOut>%s</isOptedOut></CheckIfPhoneNumberIsOptedOutResult>
                  <ResponseMetadata><RequestId>fake-request</RequestId></ResponseMetadata>
                </CheckIfPhoneNumberIsOptedOutResponse>""".formatted(optedOut));
    }

    /** SNS's answer to a {@code Publish} it accepted. */
    static Answer snsPublished(String messageId) {
        return Answer.xml(200, """
                <PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
                  <PublishResult><MessageId>%s</MessageId></PublishResult>
                  <ResponseMetadata><RequestId>fake-request</RequestId></ResponseMetadata>
                </PublishResponse>""".formatted(messageId));
    }

    /** An SNS (query protocol) error. */
    static Answer snsError(int status, String code) {
        return Answer.xml(status, """
                <ErrorResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
                  <Error><Type>%s</Type><Code>%s</Code><Message>scripted</Message></Error>
                  <RequestId>fake-request</RequestId>
                </ErrorResponse>""".formatted(status < 500 ? "Sender" : "Receiver", code));
    }

    /** An SES v2 (REST-JSON protocol) error. */
    static Answer sesError(int status, String type) {
        return Answer.json(status, type, "{\"message\":\"scripted\"}");
    }

    /** Answers SNS's opt-out check with "not opted out", and every {@code Publish} with {@code publish}. */
    static Function<Request, Behaviour> snsPublishAnswers(Behaviour publish) {
        return request -> request.body().contains("Action=CheckIfPhoneNumberIsOptedOut") ? snsOptedOut(false) : publish;
    }
}
