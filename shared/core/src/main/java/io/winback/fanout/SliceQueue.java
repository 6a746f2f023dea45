package io.winback.fanout;

import java.util.List;

/** Where slices wait for an invocation to work them (SQS in AWS; {@link InlineSlices} in tests and locally). */
public interface SliceQueue {
    void send(List<Slice> slices);
}
