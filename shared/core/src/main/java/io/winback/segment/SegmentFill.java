package io.winback.segment;

import io.winback.chain.WorkItem;
import io.winback.domain.Customer;
import io.winback.domain.CustomerStore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fills the segments of a new version of the definitions: every customer evaluated once against it, by pages of
 * {@link #PAGE} in {@link #PARTS} parts, each page a work item that queues the next, so no invocation grows with the
 * base and a failed page is retried alone. A fill whose version was replaced meanwhile stops: the newer one's fill
 * evaluates everyone anyway. Never a rebuild: each customer's memberships change only where the evaluation differs,
 * and a customer is read only where the versions before disagree about them ({@link FillDecision}).
 */
public final class SegmentFill {
    public static final int PARTS = 16;
    public static final int PAGE = 200;
    static final int BASELINES_AT_MOST = 8;

    private final SegmentMemberships memberships;
    private final CustomerPages pages;
    private final CustomerStore customers;
    private final FillProgress progress;
    private volatile Baselines known;

    public SegmentFill(SegmentMemberships memberships, CustomerPages pages, CustomerStore customers,
                       FillProgress progress) {
        this.memberships = memberships;
        this.pages = pages;
        this.customers = customers;
        this.progress = progress;
    }

    /** The first page of every part of the fill of {@code configuration}, to queue; its start recorded. */
    public List<WorkItem> start(SegmentConfiguration configuration, Instant at) {
        progress.start(configuration.version(), PARTS, at);
        List<WorkItem> items = new ArrayList<>();
        for (int part = 0; part < PARTS; part++) {
            items.add(new WorkItem.FillSegments(configuration.version(), part, PARTS, null, at));
        }
        return items;
    }

    /**
     * The versions a customer's stored memberships may have been made by when {@code configuration}'s fill reaches
     * them: the one before, and further back while that one's fill did not finish (a version replaced mid-fill left
     * some customers as the version before it had them), down to version 0 (nothing defined). Empty, so every
     * customer is read, past {@link #BASELINES_AT_MOST} of them or a version no longer stored. Versions never change,
     * so the list is kept for the pages that follow.
     */
    List<SegmentConfiguration> baselines(SegmentConfiguration configuration) {
        Baselines known = this.known;
        if (known != null && known.version() == configuration.version()) {
            return known.configurations();
        }
        List<SegmentConfiguration> found = new ArrayList<>();
        for (int version = configuration.version() - 1; version >= 0; version--) {
            if (found.size() == BASELINES_AT_MOST) {
                found.clear();
                break;
            }
            Optional<SegmentConfiguration> before = memberships.definitions(version);
            if (before.isEmpty()) {
                found.clear();
                break;
            }
            found.add(before.get());
            if (version == 0 || progress.of(version).done()) {
                break;
            }
        }
        this.known = new Baselines(configuration.version(), List.copyOf(found));
        return this.known.configurations();
    }

    private record Baselines(int version, List<SegmentConfiguration> configurations) {
    }

    /** One page: its customers evaluated; the next page of the part, when there is one and this page was new. */
    public Optional<WorkItem.FillSegments> fill(WorkItem.FillSegments item) {
        SegmentConfiguration configuration = memberships.definitions();
        if (configuration.version() != item.configurationVersion()) {
            return Optional.empty();
        }
        List<SegmentConfiguration> baselines = baselines(configuration);
        CustomerPages.Page page = pages.page(item.part(), item.parts(), item.cursor(), PAGE);
        for (Customer customer : page.customers()) {
            memberships.fill(configuration, baselines, customer, item.runTime(), customers::find);
        }
        boolean moved = progress.advance(item.configurationVersion(), item.part(), item.cursor(), page.next(),
                page.customers().size(), item.runTime());
        return moved && page.next() != null
                ? Optional.of(new WorkItem.FillSegments(item.configurationVersion(), item.part(), item.parts(),
                page.next(), item.runTime()))
                : Optional.empty();
    }
}
