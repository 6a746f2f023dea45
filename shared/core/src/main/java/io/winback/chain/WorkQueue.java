package io.winback.chain;

import java.util.List;

/** Where the daily check puts work items (SQS in AWS, a stand-in locally). Delivery is at least once. */
public interface WorkQueue {

    void sendAll(List<WorkItem> items);
}
