package io.winback.report;

import java.util.Optional;

/** Where the segments job leaves its summary, and the report finds it; empty before the first run. */
public interface SegmentsSummaryStore {
    void save(SegmentsSummary summary);

    Optional<SegmentsSummary> find();
}
