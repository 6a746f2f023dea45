package io.winback.timing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * At most {@code cap} customers, picked by a hash of their id: the ones whose hash is smallest (ties broken by the id).
 * The same customers give the same sample whatever their order, on any machine and JVM (FNV-1a over the id's UTF-8
 * bytes, then the SplitMix64 finaliser so that near ids spread out, rather than String.hashCode or a random draw), so a
 * refit on the same data gives exactly the same parameters; a customer stays in the sample from one day to the next
 * as long as the shop's size does not push the cut-off hash below theirs.
 */
final class StableSample {
    private StableSample() {
    }

    static List<CustomerHistory> of(Collection<CustomerHistory> customers, int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be 1 or more, was " + cap);
        }
        if (customers.size() <= cap) {
            return List.copyOf(customers);
        }
        long[] hashes = customers.stream().mapToLong(c -> hash(c.id())).toArray();
        long[] sorted = hashes.clone();
        Arrays.sort(sorted);
        long cut = sorted[cap - 1];
        int below = 0;
        while (below < cap && sorted[below] < cut) {
            below++;
        }
        List<CustomerHistory> picked = new ArrayList<>(cap);
        List<CustomerHistory> atTheCut = new ArrayList<>();
        int i = 0;
        for (CustomerHistory customer : customers) {
            long h = hashes[i++];
            if (h < cut) {
                picked.add(customer);
            } else if (h == cut) {
                atTheCut.add(customer);
            }
        }
        atTheCut.sort(Comparator.comparing(CustomerHistory::id));
        picked.addAll(atTheCut.subList(0, cap - below));
        return picked;
    }

    static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }
}
