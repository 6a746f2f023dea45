package io.winback.stats;

import io.winback.domain.Sale;

import java.time.Instant;

/**
 * A sale as it came off the Sales table stream, with the sequence number to report if it cannot be applied, and when
 * the webhook received (stored) it, which bounds how long its record can be delivered again.
 */
record StreamedSale(String sequenceNumber, Sale sale, Instant receivedAt) {
}
