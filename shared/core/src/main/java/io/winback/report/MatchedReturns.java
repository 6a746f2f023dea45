package io.winback.report;

import java.util.Collection;
import java.util.Set;

/**
 * Which returns were checked against their original sale when they came in; the others (sold before Winback, or
 * sent without an original) are the period's unmatched returns.
 */
public interface MatchedReturns {
    /** The ids among {@code returnIds} of returns matched to their original sale. */
    Set<String> matchedAmong(Collection<String> returnIds);
}
