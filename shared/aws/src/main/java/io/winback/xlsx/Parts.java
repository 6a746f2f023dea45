package io.winback.xlsx;

/**
 * The fixed parts of a one-sheet workbook (SpreadsheetML, ECMA-376 Part 1): what each part is
 * ({@code [Content_Types].xml}), how they reach each other ({@code _rels}), the workbook naming its one sheet, and the
 * styles every cell refers to by index ({@link Style}).
 */
final class Parts {
    static final String CONTENT_TYPES = "[Content_Types].xml";
    static final String ROOT_RELS = "_rels/.rels";
    static final String WORKBOOK = "xl/workbook.xml";
    static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";
    static final String STYLES = "xl/styles.xml";
    static final String SHEET = "xl/worksheets/sheet1.xml";

    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    private static final String SPREADSHEET_ML = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

    private Parts() {
    }

    static String contentTypes() {
        return DECLARATION
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/" + WORKBOOK + "\" ContentType=\"" + SPREADSHEET_ML + "sheet.main+xml\"/>"
                + "<Override PartName=\"/" + SHEET + "\" ContentType=\"" + SPREADSHEET_ML + "worksheet+xml\"/>"
                + "<Override PartName=\"/" + STYLES + "\" ContentType=\"" + SPREADSHEET_ML + "styles+xml\"/>"
                + "</Types>";
    }

    static String rootRelationships() {
        return DECLARATION + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"" + WORKBOOK + "\"/>"
                + "</Relationships>";
    }

    static String workbook(SheetName name) {
        return DECLARATION + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">"
                + "<bookViews><workbookView activeTab=\"0\"/></bookViews>"
                + "<sheets><sheet name=\"" + XmlText.of(name.value()) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
                + "</workbook>";
    }

    /** Targets are relative to the workbook's folder, {@code xl/}. */
    static String workbookRelationships() {
        return DECLARATION + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>";
    }

    /** One cell format per {@link Style}, in its order; custom number formats from 164 on, as Excel numbers them. */
    static String styles(NumberFormats formats) {
        StringBuilder xml = new StringBuilder(DECLARATION).append("<styleSheet xmlns=\"").append(MAIN).append("\">");
        xml.append("<numFmts count=\"3\">");
        numberFormat(xml, Style.MONEY.numberFormat, formats.money());
        numberFormat(xml, Style.DAY.numberFormat, formats.day());
        numberFormat(xml, Style.MOMENT.numberFormat, formats.moment());
        xml.append("</numFmts>");
        xml.append("<fonts count=\"2\">")
                .append("<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
                .append("<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>")
                .append("</fonts>");
        xml.append("<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>")
                .append("<fill><patternFill patternType=\"gray125\"/></fill></fills>");
        xml.append("<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>");
        xml.append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>")
                .append("</cellStyleXfs>");
        xml.append("<cellXfs count=\"").append(Style.values().length).append("\">");
        for (Style style : Style.values()) {
            xml.append("<xf numFmtId=\"").append(style.numberFormat).append("\" fontId=\"")
                    .append(style.bold ? 1 : 0).append("\" fillId=\"0\" borderId=\"0\" xfId=\"0\"")
                    .append(style.numberFormat != 0 ? " applyNumberFormat=\"1\"" : "")
                    .append(style.bold ? " applyFont=\"1\"" : "").append("/>");
        }
        xml.append("</cellXfs>");
        xml.append("<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>");
        return xml.append("</styleSheet>").toString();
    }

    private static void numberFormat(StringBuilder xml, int id, String code) {
        xml.append("<numFmt numFmtId=\"").append(id).append("\" formatCode=\"");
        XmlText.append(xml, code);
        xml.append("\"/>");
    }

    /**
     * The cell formats, in the order of {@code cellXfs}: a cell's {@code s} attribute is its ordinal. Built-in number
     * formats: 0 General, 3 {@code #,##0}.
     */
    enum Style {
        PLAIN(0, false),
        HEADER(0, true),
        WHOLE(3, false),
        DECIMAL(0, false),
        MONEY(164, false),
        DAY(165, false),
        MOMENT(166, false);

        final int numberFormat;
        final boolean bold;

        Style(int numberFormat, boolean bold) {
            this.numberFormat = numberFormat;
            this.bold = bold;
        }
    }
}
