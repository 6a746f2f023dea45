package io.winback.timing;

import io.winback.sleep.BgNbd;

import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shop whose customers really follow BG/NBD with known parameters gets them back. How close is set by the sample:
 * each log-parameter must be within 4 of its standard errors, read from the curvature of the log-likelihood at the
 * optimum (the observed Fisher information); 4 standard errors fail by chance about once in 16,000 runs, and the data
 * here are seeded, so the test is fixed. The errors themselves must be small (below 15 % for 20,000 customers), so the
 * test cannot pass by being vague.
 */
class CustomersDrawnFromKnownParametersAreRecoveredTest {
    private static final double[] STEP = {1e-3, 1e-3, 1e-3, 1e-3};

    @Test
    void twentyThousandCustomersGiveBackTheParametersTheyWereDrawnFrom() {
        BgNbd truth = new BgNbd(0.5, 30, 0.7, 3.0); // in days: a customer buys about every 60 days, ~20 % drop out
        List<CustomerHistory> customers = new ArrayList<>();
        int i = 0;
        for (SimulatedShop.Customer c : new SimulatedShop(truth, 26).customers(20_000, 30, 540, 0)) {
            customers.add(new CustomerHistory("c" + i++, c.atAge()));
        }

        BgNbdFit fit = BgNbdFit.of(customers);

        assertTrue(fit.converged());
        double[] truthLog = logOf(truth);
        double[] fitted = logOf(fit.model());
        double[] errors = standardErrors(fitted, HistoryGroups.of(customers.stream().map(CustomerHistory::history).toList()));
        String[] names = {"r", "alpha", "a", "b"};
        for (int k = 0; k < 4; k++) {
            assertTrue(errors[k] < 0.15, names[k] + " standard error " + errors[k]);
            assertEquals(truthLog[k], fitted[k], 4 * errors[k], names[k] + " (log) off by more than 4 standard errors "
                    + errors[k] + "; fitted " + fit.model());
        }
    }

    private static double[] logOf(BgNbd m) {
        return new double[] {Math.log(m.r()), Math.log(m.alpha()), Math.log(m.a()), Math.log(m.b())};
    }

    /** Square roots of the diagonal of the inverse of minus the log-likelihood's Hessian (central differences). */
    static double[] standardErrors(double[] at, HistoryGroups groups) {
        RealMatrix hessian = MatrixUtils.createRealMatrix(4, 4);
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double sum = 0;
                for (int si = -1; si <= 1; si += 2) {
                    for (int sj = -1; sj <= 1; sj += 2) {
                        double[] p = at.clone();
                        p[i] += si * STEP[i];
                        p[j] += sj * STEP[j];
                        sum += si * sj * logLikelihood(p, groups);
                    }
                }
                hessian.setEntry(i, j, -sum / (4 * STEP[i] * STEP[j]));
            }
        }
        RealMatrix covariance = new LUDecomposition(hessian).getSolver().getInverse();
        double[] errors = new double[4];
        for (int k = 0; k < 4; k++) {
            errors[k] = Math.sqrt(covariance.getEntry(k, k));
        }
        return errors;
    }

    private static double logLikelihood(double[] log, HistoryGroups groups) {
        return GroupedLikelihood.of(new BgNbd(Math.exp(log[0]), Math.exp(log[1]), Math.exp(log[2]), Math.exp(log[3])),
                groups);
    }
}
