package io.winback.report;

import java.util.List;

/**
 * A download written a row at a time, whatever its file: the CSV Excel opens ({@link CsvWriter}) or a workbook with
 * typed cells. A report writes its header and rows once; the format the caller asked for decides the file.
 * Cells are what the report has: text, whole and decimal numbers, {@link io.winback.money.Money}, days, instants,
 * yes/no, or null for an empty cell.
 */
public interface TableWriter {

    TableWriter header(List<String> names);

    TableWriter row(Object... cells);

    default TableWriter row(List<?> cells) {
        return row(cells.toArray());
    }

    /** Lines written so far, the header included. */
    long rows();
}
