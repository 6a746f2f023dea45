package io.winback.stats;

import io.winback.domain.Sale;

/** A sale as it came off the Sales table stream, with the sequence number to report if it cannot be applied. */
record StreamedSale(String sequenceNumber, Sale sale) {
}
