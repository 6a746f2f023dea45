package io.winback.cycles;

import java.util.List;

/** The groups' evidence as the sales stream keeps it: every group with at least one interval counted. */
public interface CycleEvidence {
    List<GroupEvidence> all();
}
