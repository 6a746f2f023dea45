package io.winback.cycles;

import java.util.List;
import java.util.Optional;

/** The groups' evidence as the sales stream keeps it: every group with at least one interval counted. */
public interface CycleEvidence {
    List<GroupEvidence> all();

    /** One group's evidence; empty when no interval of it is counted yet (nobody bought it twice). */
    Optional<GroupEvidence> of(String group);
}
