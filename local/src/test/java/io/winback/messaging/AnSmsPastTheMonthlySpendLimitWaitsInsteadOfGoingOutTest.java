package io.winback.messaging;

import io.winback.aws.AwsClients;
import io.winback.aws.MessagingClients;
import io.winback.messages.SendResult;
import io.winback.pipeline.MotoServer;
import io.winback.sns.SnsSmsGateway;
import io.winback.time.ManualClock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.sns.SnsClient;

import java.math.BigDecimal;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SNS's monthly SMS spend limit on moto_server: the account's {@code MonthlySpendLimit} (SNS SMS attributes) and the
 * month-to-date spend (CloudWatch {@code AWS/SNS SMSMonthToDateSpentUSD}) as AWS keeps them. An SMS that would pass
 * the limit is not published: the channel is paused, and the touch waits.
 */
class AnSmsPastTheMonthlySpendLimitWaitsInsteadOfGoingOutTest {
    private static final String NUMBER = "+79161234567";
    private static final String TEXT = "Анна, мы скучаем! −15% на всё до воскресенья. Отписка: STOP";
    private static final BigDecimal PRICE_USD = new BigDecimal("0.05");
    private static final Instant NOW = Instant.parse("2026-12-05T07:00:00Z");

    private static MotoServer moto;
    private static SnsClient sns;
    private static CloudWatchClient cloudWatch;
    private final ManualClock clock = new ManualClock(NOW);

    @BeforeAll
    static void startMoto() throws Exception {
        Assumptions.assumeTrue(MotoServer.installed(), "moto_server is not on the PATH");
        moto = MotoServer.start();
        sns = MessagingClients.snsForEndpoint(moto.endpoint());
        cloudWatch = cloudWatchAt(moto.endpoint());
    }

    @AfterAll
    static void stopMoto() {
        if (moto != null) {
            sns.close();
            cloudWatch.close();
            moto.close();
        }
    }

    @BeforeEach
    void forgetEverything() throws Exception {
        moto.reset();
    }

    @Test
    void withNinetyNineCentsOfOneDollarSpentTheSmsWaitsAndNothingIsPublished() throws Exception {
        limit("1");
        spent("0.99", NOW.minusSeconds(120));
        SnsSmsGateway gateway = gateway(cloudWatch);

        String log;
        try (CapturedLog captured = new CapturedLog()) {
            assertEquals(new SendResult.ChannelPaused("SNS monthly SMS spend limit: spent 0.99 of 1 USD"),
                    gateway.send(NUMBER, TEXT, "touch-1"));
            assertInstanceOf(SendResult.ChannelPaused.class, gateway.send(NUMBER, TEXT, "touch-2"));
            log = captured.text();
        }

        assertEquals(0, published(), moto.data().path("sns").toString());
        assertEquals(1, occurrences(log, "\"event\":\"sms_spend_limit_reached\""), "once per reading: " + log);
        assertTrue(log.contains("\"SmsSpendLimitReached\":1"), "the alarm's metric: " + log);
        assertTrue(log.contains("\"Function\":\"chain-worker\""), log);
        assertFalse(log.contains("9161234567"), "no phone in the log: " + log);
    }

    @Test
    void noFigureThisMonthMeansNothingSpentAndTheSmsGoesOut() throws Exception {
        limit("1");

        assertInstanceOf(SendResult.Sent.class, gateway(cloudWatch).send(NUMBER, TEXT, "touch-1"));
        assertEquals(1, published());
    }

    @Test
    void lastMonthsFigureDoesNotCountInANewMonth() throws Exception {
        Instant firstOfMonth = Instant.parse("2026-12-01T00:10:00Z");
        clock.set(firstOfMonth);
        limit("1");
        spent("0.99", Instant.parse("2026-11-30T23:55:00Z"));

        assertInstanceOf(SendResult.Sent.class, gateway(cloudWatch).send(NUMBER, TEXT, "touch-1"));
        assertEquals(1, published());
    }

    @Test
    void aRaisedLimitLetsTheSameSpendGoOn() throws Exception {
        limit("100");
        spent("0.99", NOW.minusSeconds(120));

        assertInstanceOf(SendResult.Sent.class, gateway(cloudWatch).send(NUMBER, TEXT, "touch-1"));
        assertEquals(1, published());
    }

    @Test
    void whatThisProcessPublishedSinceTheFigureCountsUntilTheFigureShowsIt() throws Exception {
        clock.set(Instant.parse("2026-12-05T06:59:30Z"));
        limit("1");
        spent("0.80", Instant.parse("2026-12-05T06:58:00Z"));
        SnsSmsGateway gateway = gateway(cloudWatch);

        // 0.80 + 3 x 0.05 = 0.95, the stop (5 % under the limit); a fourth would pass it.
        for (int i = 1; i <= 3; i++) {
            assertInstanceOf(SendResult.Sent.class, gateway.send(NUMBER, TEXT, "touch-" + i), "SMS " + i);
        }
        assertEquals(new SendResult.ChannelPaused("SNS monthly SMS spend limit: spent 0.95 of 1 USD"),
                gateway.send(NUMBER, TEXT, "touch-4"));
        assertEquals(3, published());

        // The figure is read again after a minute: it now shows the three (0.95, in the minute from 07:00), which
        // are not counted twice; still no room for a fourth.
        clock.set(Instant.parse("2026-12-05T07:01:00Z"));
        spent("0.95", Instant.parse("2026-12-05T07:00:10Z"));
        assertEquals(new SendResult.ChannelPaused("SNS monthly SMS spend limit: spent 0.95 of 1 USD"),
                gateway.send(NUMBER, TEXT, "touch-4"));
        assertEquals(3, published());
    }

    @Test
    void figuresThatCannotBeReadHoldNothingBack() throws Exception {
        limit("1");
        spent("0.99", NOW.minusSeconds(120));

        String log;
        try (CloudWatchClient nowhere = cloudWatchAt(URI.create("http://127.0.0.1:" + freePort()));
             CapturedLog captured = new CapturedLog()) {
            assertInstanceOf(SendResult.Sent.class, gateway(nowhere).send(NUMBER, TEXT, "touch-1"));
            log = captured.text();
        }

        assertEquals(1, published());
        assertTrue(log.contains("\"event\":\"sms_spend_unreadable\""), log);
    }

    @Test
    void aLimitThatIsNotAnAmountHoldsNothingBackAndIsLogged() throws Exception {
        limit("lots");
        spent("0.99", NOW.minusSeconds(120));

        String log;
        try (CapturedLog captured = new CapturedLog()) {
            assertInstanceOf(SendResult.Sent.class, gateway(cloudWatch).send(NUMBER, TEXT, "touch-1"));
            log = captured.text();
        }

        assertEquals(1, published());
        assertTrue(log.contains("MonthlySpendLimit is not an amount of 0 USD or more"), log);
    }

    private SnsSmsGateway gateway(CloudWatchClient figures) {
        return SnsSmsGateway.withSpendLimit(sns, figures, null, PRICE_USD, "chain-worker", clock);
    }

    private static void limit(String usd) {
        sns.setSMSAttributes(r -> r.attributes(Map.of("MonthlySpendLimit", usd)));
    }

    /** SNS's month-to-date figure as CloudWatch holds it (moto takes the AWS namespace from anyone). */
    private static void spent(String usd, Instant at) {
        cloudWatch.putMetricData(r -> r.namespace("AWS/SNS").metricData(d -> d.metricName("SMSMonthToDateSpentUSD")
                .value(Double.parseDouble(usd)).timestamp(at)));
    }

    private static int published() throws Exception {
        return moto.data().path("sns").path("SMS").size();
    }

    private static CloudWatchClient cloudWatchAt(URI endpoint) {
        return AwsClients.forEndpoint(CloudWatchClient.builder(), endpoint)
                .httpClient(AwsClients.http(Duration.ofSeconds(2))).build();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
