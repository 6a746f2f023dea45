package io.winback.local;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import io.winback.chain.WorkQueue;

/** The work queue as the local system runs it: the queue the check writes to, and delivery to the worker. */
interface WorkDelivery {

    WorkQueue queue();

    /** Delivers everything queued until the queue is empty (failed items again, until they are dead letters). */
    Report deliverAll(RequestHandler<SQSEvent, SQSBatchResponse> worker);

    /** Items that failed every receive and were moved aside, as the dead-letter queue holds them. */
    int deadLetterCount();

    /** Messages handed to the worker (redeliveries included), items it reported failed, items dead-lettered. */
    record Report(int delivered, int failed, int deadLettered) {
    }
}
