package io.winback.timing;

import io.winback.sleep.TimingReport;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;

/**
 * The scores of one cutoff's population (or of all cutoffs pooled), index by index: the model's chance of no purchase
 * in the window, days since the last purchase (recency), the playbook's lateness (days since ÷ the band's sleep days),
 * and whether they lapsed (bought nothing in the window). Higher scores say "more likely to lapse".
 */
record CutoffScores(LocalDate day, double[] model, double[] recency, double[] lateness, boolean[] lapsed) {

    static CutoffScores pooled(LocalDate day, List<CutoffScores> parts) {
        return new CutoffScores(day, concat(parts, CutoffScores::model), concat(parts, CutoffScores::recency),
                concat(parts, CutoffScores::lateness), concatFlags(parts));
    }

    int size() {
        return lapsed.length;
    }

    /**
     * The figures: AUC of each score, and at the playbook's own volume (everyone it flags: lateness ≥ 1) the lapsers
     * the playbook catches and the model catches with as many flags (its highest scores; ties by position, which is
     * the customers' key order, so the figure is deterministic), and those each flags who came back anyway.
     */
    TimingReport.Cutoff figures() {
        int n = size();
        long lapsers = 0;
        long flagged = 0;
        long playbookCaught = 0;
        for (int i = 0; i < n; i++) {
            lapsers += lapsed[i] ? 1 : 0;
            if (lateness[i] >= 1) {
                flagged++;
                playbookCaught += lapsed[i] ? 1 : 0;
            }
        }
        long modelCaught = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -model[i]).thenComparingInt(i -> i))
                .limit(flagged).filter(i -> lapsed[i]).count();
        return new TimingReport.Cutoff(day, n, lapsers, auc(model), auc(recency), auc(lateness), flagged,
                modelCaught, playbookCaught, flagged - modelCaught, flagged - playbookCaught);
    }

    private Double auc(double[] scores) {
        OptionalDouble auc = Auc.of(scores, lapsed);
        return auc.isPresent() ? auc.getAsDouble() : null;
    }

    private static double[] concat(List<CutoffScores> parts, java.util.function.Function<CutoffScores, double[]> of) {
        return parts.stream().flatMapToDouble(p -> Arrays.stream(of.apply(p))).toArray();
    }

    private static boolean[] concatFlags(List<CutoffScores> parts) {
        boolean[] all = new boolean[parts.stream().mapToInt(CutoffScores::size).sum()];
        int at = 0;
        for (CutoffScores part : parts) {
            System.arraycopy(part.lapsed, 0, all, at, part.size());
            at += part.size();
        }
        return all;
    }
}
