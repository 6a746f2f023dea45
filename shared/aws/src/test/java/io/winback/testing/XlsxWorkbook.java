package io.winback.testing;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A one-sheet .xlsx read back the way Excel opens it, failing on anything Excel would refuse: every part is unzipped
 * and parsed as XML (well-formed, namespaces and all); {@code [Content_Types].xml} gives each part a type and names
 * only parts that exist; the package's relationships lead to the workbook, the workbook's to its sheet and styles;
 * every cell's style is one the styles define, and every custom number format it uses is declared. What it holds is
 * then there to assert on: the sheet's name, frozen rows, column widths, and each cell with its type, value and the
 * number format Excel would show it with.
 */
public final class XlsxWorkbook {
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
    private static final String WORKBOOK_TYPE =
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    private static final String STYLES_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    private static final Map<Integer, String> BUILT_IN_FORMATS = Map.of(0, "General", 1, "0", 2, "0.00",
            3, "#,##0", 4, "#,##0.00", 14, "mm-dd-yy", 49, "@");
    private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

    /** A cell as read: its reference, {@code t} (null for a number), {@code s}, the value, and how it is shown. */
    public record ReadCell(String reference, String type, int style, String value, String numberFormat, boolean bold) {
        public boolean isText() {
            return "inlineStr".equals(type) || "s".equals(type) || "str".equals(type);
        }

        public boolean isNumber() {
            return type == null || "n".equals(type);
        }
    }

    private final Map<String, byte[]> parts;
    private final String sheetName;
    private final String frozenTopLeft;
    private final List<Double> widths;
    private final List<List<ReadCell>> rows;

    private XlsxWorkbook(Map<String, byte[]> parts, String sheetName, String frozenTopLeft, List<Double> widths,
                         List<List<ReadCell>> rows) {
        this.parts = parts;
        this.sheetName = sheetName;
        this.frozenTopLeft = frozenTopLeft;
        this.widths = widths;
        this.rows = rows;
    }

    /** @throws AssertionError naming what Excel would refuse */
    public static XlsxWorkbook read(byte[] file) {
        try {
            return readChecked(file);
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("not a workbook Excel opens: " + e, e);
        }
    }

    public Map<String, byte[]> parts() {
        return parts;
    }

    public String sheetName() {
        return sheetName;
    }

    /** The first cell of the scrolling pane when rows are frozen ("A2": the header stays), else null. */
    public String frozenTopLeft() {
        return frozenTopLeft;
    }

    public List<Double> columnWidths() {
        return widths;
    }

    /** The sheet's rows in order, the header first; each row's cells as the file has them (empty ones absent). */
    public List<List<ReadCell>> rows() {
        return rows;
    }

    /** The cell at an A1 reference, or null when the sheet has none there. */
    public ReadCell cell(String reference) {
        for (List<ReadCell> row : rows) {
            for (ReadCell cell : row) {
                if (cell.reference().equals(reference)) {
                    return cell;
                }
            }
        }
        return null;
    }

    private static XlsxWorkbook readChecked(byte[] file) throws Exception {
        Map<String, byte[]> parts = unzip(file);
        Map<String, Document> xml = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            boolean worksheet = part.getKey().startsWith("xl/worksheets/");
            if (!worksheet && (part.getKey().endsWith(".xml") || part.getKey().endsWith(".rels"))) {
                xml.put(part.getKey(), parse(part.getKey(), part.getValue()));
            }
        }
        Map<String, String> types = contentTypes(need(xml, "[Content_Types].xml"), parts);
        String workbookPart = target(need(xml, "_rels/.rels"), "", RELATIONSHIPS + "/officeDocument", parts);
        check(WORKBOOK_TYPE.equals(types.get(workbookPart)), "the workbook " + workbookPart + " is typed "
                + types.get(workbookPart));
        Document workbook = need(xml, workbookPart);
        String folder = workbookPart.substring(0, workbookPart.lastIndexOf('/') + 1);
        Document workbookRels = need(xml, folder + "_rels/" + workbookPart.substring(folder.length()) + ".rels");
        Map<String, String[]> relationships = relationships(workbookRels, folder, parts);
        NodeList sheets = workbook.getElementsByTagNameNS(MAIN, "sheet");
        check(sheets.getLength() == 1, "one sheet expected, found " + sheets.getLength());
        Element sheet = (Element) sheets.item(0);
        String name = sheet.getAttribute("name");
        check(!name.isEmpty() && name.length() <= 31 && name.chars().noneMatch(c -> "[]:*?/\\".indexOf(c) >= 0),
                "Excel refuses the sheet name '" + name + "'");
        String[] sheetRel = relationships.get(sheet.getAttributeNS(RELATIONSHIPS, "id"));
        check(sheetRel != null && sheetRel[0].equals(RELATIONSHIPS + "/worksheet"),
                "the sheet's r:id names no worksheet relationship");
        check(SHEET_TYPE.equals(types.get(sheetRel[1])), "the sheet " + sheetRel[1] + " is typed "
                + types.get(sheetRel[1]));
        String stylesPart = relationships.values().stream().filter(r -> r[0].equals(RELATIONSHIPS + "/styles"))
                .map(r -> r[1]).findFirst().orElseThrow(() -> new AssertionError("the workbook has no styles"));
        check(STYLES_TYPE.equals(types.get(stylesPart)), "the styles are typed " + types.get(stylesPart));
        Styles styles = Styles.of(need(xml, stylesPart));
        Sheet read = sheet(sheetRel[1], parts.get(sheetRel[1]), styles);
        return new XlsxWorkbook(parts, name, read.frozen(), read.widths(), read.rows());
    }

    private static Map<String, byte[]> unzip(byte[] file) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                check(parts.put(entry.getName(), zip.readAllBytes()) == null, "the part " + entry.getName()
                        + " is in the zip twice");
            }
        }
        check(!parts.isEmpty(), "not a zip, or an empty one");
        return parts;
    }

    private static Document parse(String name, byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        try {
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw new AssertionError(name + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static Document need(Map<String, Document> xml, String part) {
        Document document = xml.get(part);
        check(document != null, "the part " + part + " is missing; the zip holds " + xml.keySet());
        return document;
    }

    /** Each part's content type; fails on a part without one or an override naming no part. */
    private static Map<String, String> contentTypes(Document types, Map<String, byte[]> parts) {
        Map<String, String> byExtension = new LinkedHashMap<>();
        NodeList defaults = types.getElementsByTagNameNS(TYPES, "Default");
        for (int i = 0; i < defaults.getLength(); i++) {
            Element d = (Element) defaults.item(i);
            byExtension.put(d.getAttribute("Extension").toLowerCase(), d.getAttribute("ContentType"));
        }
        Map<String, String> byPart = new LinkedHashMap<>();
        NodeList overrides = types.getElementsByTagNameNS(TYPES, "Override");
        for (int i = 0; i < overrides.getLength(); i++) {
            Element o = (Element) overrides.item(i);
            String part = o.getAttribute("PartName");
            check(part.startsWith("/") && parts.containsKey(part.substring(1)), "[Content_Types].xml names "
                    + part + ", which is not in the zip");
            byPart.put(part.substring(1), o.getAttribute("ContentType"));
        }
        Map<String, String> all = new LinkedHashMap<>();
        for (String part : parts.keySet()) {
            if (part.equals("[Content_Types].xml")) {
                continue;
            }
            String extension = part.substring(part.lastIndexOf('.') + 1).toLowerCase();
            String type = byPart.getOrDefault(part, byExtension.get(extension));
            check(type != null, "the part " + part + " has no content type");
            all.put(part, type);
        }
        return all;
    }

    private static String target(Document rels, String folder, String type, Map<String, byte[]> parts) {
        return relationships(rels, folder, parts).values().stream().filter(r -> r[0].equals(type)).map(r -> r[1])
                .findFirst().orElseThrow(() -> new AssertionError("no relationship of type " + type));
    }

    /** Id → {type, the part it leads to}; fails on a target that is not in the zip. */
    private static Map<String, String[]> relationships(Document rels, String folder, Map<String, byte[]> parts) {
        Map<String, String[]> found = new LinkedHashMap<>();
        NodeList list = rels.getElementsByTagNameNS(PACKAGE_RELS, "Relationship");
        for (int i = 0; i < list.getLength(); i++) {
            Element r = (Element) list.item(i);
            String target = r.getAttribute("Target");
            String part = target.startsWith("/") ? target.substring(1)
                    : URI.create("/" + folder).resolve(target).getPath().substring(1);
            check(parts.containsKey(part), "the relationship " + r.getAttribute("Id") + " leads to " + part
                    + ", which is not in the zip");
            check(found.put(r.getAttribute("Id"), new String[] {r.getAttribute("Type"), part}) == null,
                    "the relationship id " + r.getAttribute("Id") + " is used twice");
        }
        return found;
    }

    /** The cell formats: for each index, its number format's code and whether its font is bold. */
    private record Styles(List<String> formats, List<Boolean> bold) {
        static Styles of(Document styles) {
            Map<Integer, String> codes = new LinkedHashMap<>(BUILT_IN_FORMATS);
            NodeList numFmts = styles.getElementsByTagNameNS(MAIN, "numFmt");
            for (int i = 0; i < numFmts.getLength(); i++) {
                Element f = (Element) numFmts.item(i);
                codes.put(Integer.parseInt(f.getAttribute("numFmtId")), f.getAttribute("formatCode"));
            }
            List<Boolean> fontBold = new ArrayList<>();
            Element fonts = (Element) styles.getElementsByTagNameNS(MAIN, "fonts").item(0);
            NodeList fontList = fonts.getElementsByTagNameNS(MAIN, "font");
            for (int i = 0; i < fontList.getLength(); i++) {
                fontBold.add(((Element) fontList.item(i)).getElementsByTagNameNS(MAIN, "b").getLength() > 0);
            }
            countMatches(fonts, fontList.getLength());
            Element cellXfs = (Element) styles.getElementsByTagNameNS(MAIN, "cellXfs").item(0);
            check(cellXfs != null, "the styles have no cellXfs");
            List<String> formats = new ArrayList<>();
            List<Boolean> bold = new ArrayList<>();
            int count = 0;
            for (Node n = cellXfs.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element xf) {
                    int numFmtId = Integer.parseInt(xf.getAttribute("numFmtId"));
                    check(codes.containsKey(numFmtId), "cell format " + count + " uses number format " + numFmtId
                            + ", which is not declared");
                    int fontId = Integer.parseInt(xf.getAttribute("fontId"));
                    check(fontId < fontBold.size(), "cell format " + count + " uses font " + fontId);
                    formats.add(codes.get(numFmtId));
                    bold.add(fontBold.get(fontId));
                    count++;
                }
            }
            countMatches(cellXfs, count);
            return new Styles(formats, bold);
        }

        private static void countMatches(Element list, int found) {
            String count = list.getAttribute("count");
            check(count.isEmpty() || Integer.parseInt(count) == found, list.getLocalName() + " says count=" + count
                    + " but holds " + found);
        }
    }

    /** The sheet read as a stream (a sheet of 100,000 rows is too big for a DOM), checked as it goes. */
    private record Sheet(String frozen, List<Double> widths, List<List<ReadCell>> rows) {
    }

    private static Sheet sheet(String name, byte[] bytes, Styles styles) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        String frozen = null;
        List<Double> widths = new ArrayList<>();
        List<List<ReadCell>> rows = new ArrayList<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            long number = 0;
            List<ReadCell> cells = null;
            String reference = null;
            String type = null;
            int style = 0;
            StringBuilder value = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    check(MAIN.equals(xml.getNamespaceURI()), "<" + xml.getLocalName() + "> outside SpreadsheetML");
                    switch (xml.getLocalName()) {
                        case "pane" -> frozen = "frozen".equals(xml.getAttributeValue(null, "state"))
                                ? xml.getAttributeValue(null, "topLeftCell") : null;
                        case "col" -> widths.add(Double.parseDouble(xml.getAttributeValue(null, "width")));
                        case "row" -> {
                            long r = Long.parseLong(xml.getAttributeValue(null, "r"));
                            check(r > number, "row " + r + " comes after row " + number);
                            number = r;
                            cells = new ArrayList<>();
                        }
                        case "c" -> {
                            reference = xml.getAttributeValue(null, "r");
                            check(reference.matches("[A-Z]{1,3}" + number), "cell " + reference + " is not in row "
                                    + number);
                            String s = xml.getAttributeValue(null, "s");
                            style = s == null ? 0 : Integer.parseInt(s);
                            check(style < styles.formats().size(), "cell " + reference + " has style " + style
                                    + " of " + styles.formats().size());
                            type = xml.getAttributeValue(null, "t");
                            check(type == null || type.equals("n") || type.equals("inlineStr"), "cell " + reference
                                    + " of type " + type + ", which this reader does not expect from Winback");
                            value = null;
                        }
                        case "t", "v" -> {
                            check(value == null, "cell " + reference + " with two values");
                            check(xml.getLocalName().equals("t") == "inlineStr".equals(type), "cell " + reference
                                    + " of type " + type + " holds <" + xml.getLocalName() + ">");
                            value = new StringBuilder(xml.getElementText());
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
                    check(value != null, "cell " + reference + " without a value");
                    String text = "inlineStr".equals(type) ? unescape(value.toString()) : value.toString();
                    if (!"inlineStr".equals(type)) {
                        Double.parseDouble(text); // Excel reads a number or refuses the file
                    }
                    cells.add(new ReadCell(reference, type, style, text, styles.formats().get(style),
                            styles.bold().get(style)));
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
                    rows.add(cells);
                }
            }
        } catch (XMLStreamException e) {
            throw new AssertionError(name + " is not well-formed XML: " + e.getMessage(), e);
        }
        return new Sheet(frozen, widths, rows);
    }

    /** Excel's {@code _xHHHH_}: a character XML cannot carry, written as its code. */
    private static String unescape(String text) {
        Matcher m = ESCAPED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }

    private static void check(boolean condition, String problem) {
        if (!condition) {
            throw new AssertionError("not a workbook Excel opens: " + problem);
        }
    }
}
