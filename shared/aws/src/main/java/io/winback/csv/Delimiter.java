package io.winback.csv;

/**
 * Which character separates a CSV's fields, told from its header line: {@code ;} (Excel where the decimal mark is a
 * comma, as in Russian, and Winback's ru reports), {@code ,} (RFC 4180, English Excel) or a tab (copied from a
 * sheet). The one that cuts the header into the most columns, counting only outside quotes, wins; on a tie the order
 * just named decides. A header of one column has no separator to see, and is read with commas.
 */
final class Delimiter {
    private static final char[] CANDIDATES = {';', ',', '\t'};

    private Delimiter() {
    }

    static char of(String text) {
        int[] counts = new int[CANDIDATES.length];
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted; // a doubled quote flips twice: still inside
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                for (int k = 0; k < CANDIDATES.length; k++) {
                    if (c == CANDIDATES[k]) {
                        counts[k]++;
                    }
                }
            }
        }
        int best = 1; // ',' when the header has none of them
        int most = 0;
        for (int k = 0; k < CANDIDATES.length; k++) {
            if (counts[k] > most) {
                most = counts[k];
                best = k;
            }
        }
        return CANDIDATES[best];
    }
}
