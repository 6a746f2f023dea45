package io.winback.aws;

import io.winback.snapstart.Priming;
import io.winback.sqs.SqsClients;
import io.winback.sqs.SqsSliceQueue;
import io.winback.fanout.Slice;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sqs.SqsClient;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A function's further clients (the worker's SNS, SES, CloudWatch and SQS; the jobs' and APIs' SQS) cost its cold start
 * when built at start, and most invocations never call them: each is built on its first send, once, and before a
 * SnapStart snapshot, so that a restored function still finds it built.
 */
class AClientIsBuiltOnItsFirstSendOrBeforeTheSnapshotNeverAtStartTest {
    private final AtomicInteger builds = new AtomicInteger();

    private LazyClient<SqsClient> lazyQueueAt(URI endpoint) {
        return LazyClient.of("test-sqs", () -> {
            builds.incrementAndGet();
            return SqsClients.forEndpoint(endpoint);
        });
    }

    @Test
    void aQueueThatSendsNothingNeverBuildsItsClient() throws IOException {
        URI endpoint = nobodyListening();
        new SqsSliceQueue(lazyQueueAt(endpoint), endpoint + "/000000000000/slices");
        assertEquals(0, builds.get(), "built at start");
    }

    @Test
    void theFirstSendBuildsItOnceAndTheSendsFailureReachesTheCallerAsTheSdkThrewIt() throws IOException {
        URI endpoint = nobodyListening();
        SqsSliceQueue queue = new SqsSliceQueue(lazyQueueAt(endpoint), endpoint + "/000000000000/slices");
        for (int send = 0; send < 2; send++) {
            assertThrows(SdkClientException.class, () -> queue.send(List.of(new Slice("segments", "run", 1, 0, 1, 0, null))));
        }
        assertEquals(1, builds.get());
    }

    @Test
    void theSnapshotIsTakenWithTheClientBuilt() throws IOException {
        LazyClient<SqsClient> client = lazyQueueAt(nobodyListening());
        Priming.beforeSnapshotNow();
        assertEquals(1, builds.get());
        client.get();
        assertEquals(1, builds.get(), "built again after the snapshot");
    }

    /** A local port nothing answers on: a send fails at once, without a network. */
    private static URI nobodyListening() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
