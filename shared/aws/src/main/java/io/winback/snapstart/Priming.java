package io.winback.snapstart;

import io.winback.consent.Consent;
import io.winback.domain.Sale;
import io.winback.domain.SaleCustomer;
import io.winback.domain.SaleLine;
import io.winback.domain.SaleType;
import io.winback.log.JsonLog;
import org.crac.Context;
import org.crac.Core;
import org.crac.Resource;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * SnapStart priming: before Lambda snapshots an initialised function, each handler runs its code path once (parse,
 * map, sign, one DynamoDB read of a key that never exists), so classes are loaded, the JIT has started and the SDK's
 * HTTP stack is warm in the snapshot, and the first real request after a restore pays none of that.
 */
public final class Priming {
    /** A key no sale or customer ever has: priming reads it and finds nothing, so it writes nothing. */
    public static final String NEVER_A_KEY = "__snapstart_priming__";
    /** A valid webhook sale, to walk the parser and mappers without touching real data. */
    public static final String SAMPLE_SALE = """
            {"saleId":"__snapstart_priming__","storeId":"priming","occurredAt":"2025-01-01T12:00:00+03:00",
             "customer":{"id":"__snapstart_priming__","phone":"+79160000000","email":"priming@example.com",
                         "consent":{"sms":true,"email":true}},
             "lines":[{"sku":"P","group":"g","name":"n","quantity":1,"price":1.00,"discount":0}],"total":1.00}""";

    /** {@link #SAMPLE_SALE} as the domain holds it. */
    public static Sale sampleSale() {
        return new Sale(NEVER_A_KEY, SaleType.SALE, null, "priming", OffsetDateTime.parse("2025-01-01T12:00:00+03:00"),
                new SaleCustomer(NEVER_A_KEY, "+79160000000", "priming@example.com", null, null, null, null, null,
                        new Consent(true, true)),
                List.of(new SaleLine("P", "g", "n", BigDecimal.ONE, new BigDecimal("1.00"), new BigDecimal("0.00"))),
                new BigDecimal("1.00"), "RUB", new BigDecimal("0.00"));
    }

    private static final JsonLog LOG = JsonLog.forClass(Priming.class);
    /** The CRaC context holds resources weakly; these must live as long as the handlers. */
    private static final List<Resource> REGISTERED = new ArrayList<>();

    private Priming() {
    }

    /**
     * Does what the runtime does before a snapshot: runs every registered primer. For measuring SnapStart's effect
     * where there is no CRaC runtime (the benchmark's cold-start probe).
     */
    public static synchronized void beforeSnapshotNow() {
        for (Resource resource : REGISTERED) {
            try {
                resource.beforeCheckpoint(null);
            } catch (Exception e) {
                throw new IllegalStateException("priming failed", e);
            }
        }
    }

    /** How many primers are registered: a function that registered none would snapshot unprimed. */
    public static synchronized int primers() {
        return REGISTERED.size();
    }

    /** Runs {@code primer} before each checkpoint. Outside SnapStart (no CRaC), nothing happens. */
    public static synchronized void beforeSnapshot(String function, Runnable primer) {
        Resource resource = new Resource() {
            @Override
            public void beforeCheckpoint(Context<? extends Resource> context) {
                long started = System.nanoTime();
                try {
                    primer.run();
                    LOG.info("snapstart_primed", "function", function, "ms", (System.nanoTime() - started) / 1_000_000);
                } catch (RuntimeException e) {
                    // A failed priming costs speed, never correctness: snapshot anyway.
                    LOG.error("snapstart_priming_failed", e, "function", function);
                }
            }

            @Override
            public void afterRestore(Context<? extends Resource> context) {
                // Nothing to renew: clients hold no connections across a restore that they cannot re-open.
            }
        };
        REGISTERED.add(resource);
        Core.getGlobalContext().register(resource);
    }
}
