package io.winback.csv;

import java.util.List;

/**
 * A CSV as read: its header (each name trimmed, no byte-order mark) and its rows in file order. Rows whose cells are
 * all blank (a spreadsheet's formatted but empty rows, {@code ;;;}) are left out; a row may have fewer or more
 * cells than the header has names, which its reader decides about.
 */
public record Table(List<String> header, List<Row> rows) {
    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public boolean has(String column) {
        return header.contains(column);
    }
}
