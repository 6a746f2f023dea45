package io.winback.report.reactivation;

import java.time.LocalDate;
import java.util.function.Consumer;

/** Where the campaign report reads its kept figures from. */
public interface KeptFigures {

    /** Hands over every figure kept for the customers who entered a chain on a day from {@code from} to {@code to}. */
    void forEach(LocalDate from, LocalDate to, Consumer<KeptFigure> visit);
}
