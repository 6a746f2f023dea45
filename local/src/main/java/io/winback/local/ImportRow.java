package io.winback.local;

import java.util.Map;

/** One sale read from a history file, as the webhook's JSON object, with the line it came from for reports. */
record ImportRow(long lineNumber, Map<String, Object> sale) {
}
