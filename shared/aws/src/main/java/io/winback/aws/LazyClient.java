package io.winback.aws;

import io.winback.snapstart.Priming;

import java.util.function.Supplier;

/**
 * An SDK client built on its first use instead of when the function starts. Every further client a function holds
 * costs its cold start tens of milliseconds (the service's endpoint rules, metadata and marshallers), and most
 * invocations never call most of them: the worker deciding on a sleeper sends nothing, the chains API reading the
 * chains queues nothing. SnapStart still snapshots it built: it is built before the snapshot
 * ({@link Priming#beforeSnapshot}), as it was when functions built every client at start. (A proxy of the client's
 * interface would hide this from the adapters, but generating one loads every model class of the service: slower
 * than building the client.)
 */
public final class LazyClient<C> implements Supplier<C> {
    private final Supplier<C> build;
    private volatile C client;

    private LazyClient(Supplier<C> build) {
        this.build = build;
    }

    /** {@code build} run on the first {@link #get()}, once, and before a SnapStart snapshot in any case. */
    public static <C> LazyClient<C> of(String name, Supplier<C> build) {
        LazyClient<C> lazy = new LazyClient<>(build);
        Priming.beforeSnapshot(name + "-client", lazy::get);
        return lazy;
    }

    /** A client already built (an emulator's, a test's): nothing left to defer. */
    public static <C> LazyClient<C> built(C client) {
        LazyClient<C> lazy = new LazyClient<>(() -> client);
        lazy.client = client;
        return lazy;
    }

    @Override
    public C get() {
        C built = client;
        if (built == null) {
            synchronized (this) {
                if (client == null) {
                    client = build.get();
                }
                built = client;
            }
        }
        return built;
    }
}
