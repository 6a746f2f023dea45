package io.winback.timing;

import io.winback.sleep.BgNbd;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

import java.util.Collection;
import java.util.List;

/**
 * A shop's BG/NBD parameters by maximum likelihood: the model, the log-likelihood at it (over the customers used),
 * how many customers were used out of how many were given, and whether the optimiser converged.
 */
public record BgNbdFit(BgNbd model, double logLikelihood, int customersUsed, int customersGiven, boolean converged) {
    /**
     * Above this many customers the fit uses a stable sample of this many (see {@link StableSample}). Four parameters
     * from 200,000 customers are known far more finely than the model is right (standard errors well under 1 %), and
     * the sample keeps a fit of a 1 M-customer shop to seconds.
     */
    public static final int SAMPLE_CAP = 200_000;

    private static final int MAX_EVALUATIONS = 20_000;
    private static final int MAX_RESTARTS = 8;
    /** Log-parameters beyond ±30 (a factor of 10^13) are no shop: the search is kept off them. */
    private static final double LOG_BOUND = 30;

    public static BgNbdFit of(Collection<CustomerHistory> customers) {
        return of(customers, SAMPLE_CAP);
    }

    /**
     * Nelder–Mead on (log r, log α, log a, log b), so every step stays positive, restarted from its own optimum with a
     * fresh simplex until a restart no longer improves the likelihood (a simplex can stall on a ridge such as BG/NBD's
     * a–b one). The start is r = a = b = 1 and α = the customers' mean age, which puts α on the data's time scale.
     * Deterministic: the same customers give bit-identical parameters (see {@link HistoryGroups}).
     */
    public static BgNbdFit of(Collection<CustomerHistory> customers, int sampleCap) {
        if (customers.isEmpty()) {
            throw new IllegalArgumentException("no customers to fit");
        }
        List<CustomerHistory> used = StableSample.of(customers, sampleCap);
        HistoryGroups groups = HistoryGroups.of(used.stream().map(CustomerHistory::history).toList());
        ObjectiveFunction likelihood = new ObjectiveFunction(p -> logLikelihoodAt(p, groups));
        double[] point = {0, Math.log(Math.max(groups.meanAge(), 1e-6)), 0, 0};
        double value = logLikelihoodAt(point, groups);
        boolean converged = false;
        for (int restart = 0; restart < MAX_RESTARTS && !converged; restart++) {
            PointValuePair best;
            try {
                best = new SimplexOptimizer(1e-13, 1e-13).optimize(new MaxEval(MAX_EVALUATIONS), likelihood,
                        GoalType.MAXIMIZE, new InitialGuess(point), new NelderMeadSimplex(4, 0.5));
            } catch (TooManyEvaluationsException e) {
                break;
            }
            converged = best.getValue() - value <= 1e-10 * Math.abs(value);
            if (best.getValue() >= value) {
                point = best.getPoint();
                value = best.getValue();
            }
        }
        return new BgNbdFit(modelAt(point), value, used.size(), customers.size(), converged);
    }

    private static double logLikelihoodAt(double[] logParameters, HistoryGroups groups) {
        for (double p : logParameters) {
            if (!(Math.abs(p) <= LOG_BOUND)) {
                return Double.NEGATIVE_INFINITY;
            }
        }
        double value = GroupedLikelihood.of(modelAt(logParameters), groups);
        return Double.isNaN(value) ? Double.NEGATIVE_INFINITY : value;
    }

    private static BgNbd modelAt(double[] logParameters) {
        return new BgNbd(Math.exp(logParameters[0]), Math.exp(logParameters[1]), Math.exp(logParameters[2]),
                Math.exp(logParameters[3]));
    }
}
