package io.winback.erasure;

import io.winback.domain.AppliedSaleMarkers;

/** The markers of sales applied to the customer, kept under their key (they would expire within days anyway). */
public final class AppliedSaleMarkerEraser implements CustomerDataEraser {
    private final AppliedSaleMarkers markers;

    public AppliedSaleMarkerEraser(AppliedSaleMarkers markers) {
        this.markers = markers;
    }

    @Override
    public String name() {
        return "appliedSaleMarkers";
    }

    @Override
    public int erase(Erasure erasure) {
        return markers.unmarkAll(erasure.customerKey());
    }
}
