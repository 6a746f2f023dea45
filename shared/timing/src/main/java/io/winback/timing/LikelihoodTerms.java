package io.winback.timing;

import io.winback.sleep.BgNbd;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The parts of the BG/NBD log-likelihood (eq. 6 of the paper) that depend on the model and x only, so a fit over many
 * customers computes the log-gamma and log-beta values once per distinct x, and each customer adds two logarithms:
 * L = B(a, b+x)/B(a, b) · Γ(r+x) α^r / (Γ(r) (α+T)^(r+x)) + [x > 0] B(a+1, b+x-1)/B(a, b) · Γ(r+x) α^r / (Γ(r)
 * (α+t_x)^(r+x)): alive at T, or dropped out right after the last purchase.
 */
record LikelihoodTerms(BgNbd model, int x, double common, double alive, double droppedOut) {
    static LikelihoodTerms of(BgNbd m, int x) {
        double common = Gamma.logGamma(m.r() + x) - Gamma.logGamma(m.r()) + m.r() * Math.log(m.alpha())
                - Beta.logBeta(m.a(), m.b());
        double droppedOut = x == 0 ? Double.NEGATIVE_INFINITY : Beta.logBeta(m.a() + 1, m.b() + x - 1);
        return new LikelihoodTerms(m, x, common, Beta.logBeta(m.a(), m.b() + x), droppedOut);
    }

    /** The log-likelihood of a customer with this x, last purchase at t_x and age T; summed in logs (log-sum-exp). */
    double at(double lastAt, double age) {
        double k = model.r() + x;
        double aliveAtT = alive - k * Math.log(model.alpha() + age);
        if (x == 0) {
            return common + aliveAtT;
        }
        return common + LogSum.of(aliveAtT, droppedOut - k * Math.log(model.alpha() + lastAt));
    }
}
