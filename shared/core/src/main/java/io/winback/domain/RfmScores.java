package io.winback.domain;

/**
 * A customer's segment scores as of the segments job's last run: recency, frequency and monetary scores from 1
 * (the lowest fifth of the scored customers) to 5 (the highest), and the ABC class. Only customers who bought and
 * are not lost are scored; the others have none.
 */
public record RfmScores(int recency, int frequency, int monetary, AbcClass abc) {
    public RfmScores {
        for (int score : new int[]{recency, frequency, monetary}) {
            if (score < 1 || score > 5) {
                throw new IllegalArgumentException("an RFM score is from 1 to 5, got " + score);
            }
        }
        if (abc == null) {
            throw new IllegalArgumentException("a scored customer has an ABC class");
        }
    }

    /** How marketers write it: recency, frequency, monetary, e.g. {@code 545}. */
    public String rfm() {
        return "" + recency + frequency + monetary;
    }
}
