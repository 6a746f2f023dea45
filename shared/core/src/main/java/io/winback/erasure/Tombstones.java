package io.winback.erasure;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Where tombstones are kept, by pseudonym. */
public interface Tombstones {

    /** Read consistently: an erasure resuming must see its own last progress. */
    Optional<Tombstone> find(String erasedAs);

    /** The tombstones among {@code erasedAs}, by pseudonym (absent ones are not in the map); one round trip per 100. */
    Map<String, Tombstone> findAll(Collection<String> erasedAs);

    /** Stores the tombstone as it is, over any earlier state of it. */
    void save(Tombstone tombstone);
}
