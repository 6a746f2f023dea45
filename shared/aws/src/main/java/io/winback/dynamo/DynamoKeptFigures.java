package io.winback.dynamo;

import io.winback.report.reactivation.KeptFigure;
import io.winback.report.reactivation.KeptFigures;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The kept figures of a period ({@link KeptFigureItems}): one Query per month over the days' sort keys, so a report
 * reads in proportion to the days, chains, bands and steps, never to the episodes or touches.
 */
public final class DynamoKeptFigures implements KeptFigures {
    private final MonthPartitions months;

    public DynamoKeptFigures(DynamoDbClient dynamo, String table, CapacityMeter meter, String purpose) {
        this.months = new MonthPartitions(dynamo, table, meter, purpose);
    }

    @Override
    public void forEach(LocalDate from, LocalDate to, Consumer<KeptFigure> visit) {
        months.forEach(KeptFigureItems::partition, from, to, item -> visit.accept(KeptFigureItems.figure(item)));
    }
}
