package io.winback.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The charsets a spreadsheet's CSV comes in: UTF-8 (Excel's "CSV UTF-8", Winback's own reports, LibreOffice), or
 * Windows-1251 (Russian Excel's plain "CSV", which cannot say so in the file: the uploader declares it). Bytes are
 * decoded strictly: a byte that is not text in the charset is an error naming its line, never a silent U+FFFD that
 * would be stored in a customer's name.
 */
final class DeclaredCharset {
    static final String ACCEPTED = "utf-8 or windows-1251 (cp1251)";
    private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");

    private DeclaredCharset() {
    }

    /** The charset a declared name stands for, case-insensitively; null or blank is UTF-8. */
    static Charset named(String declared) {
        if (declared == null || declared.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        return switch (declared.strip().toLowerCase(Locale.ROOT)) {
            case "utf-8", "utf8" -> StandardCharsets.UTF_8;
            case "windows-1251", "cp1251", "cp-1251", "windows1251" -> WINDOWS_1251;
            default -> throw new CsvUnreadable(CsvUnreadable.Reason.UNKNOWN_CHARSET, 0, "unknown encoding '"
                    + declared + "': a CSV is read as " + ACCEPTED);
        };
    }

    /**
     * The text of {@code bytes}, without a leading byte-order mark. A file that starts with UTF-8's byte-order mark is
     * UTF-8 whatever was declared (Excel's "CSV UTF-8" always writes one, so a declared windows-1251 is a mistake
     * that would turn every Cyrillic letter into two wrong ones).
     */
    static String decode(byte[] bytes, String declared) {
        Charset charset = named(declared);
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF;
        if (bom) {
            charset = StandardCharsets.UTF_8;
        }
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0));
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(bytes.length * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw undecodable(bytes, in.position(), charset, declared);
        }
        return out.flip().toString();
    }

    private static CsvUnreadable undecodable(byte[] bytes, int at, Charset charset, String declared) {
        long line = 1;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        String bad = String.format("0x%02X", bytes[Math.min(at, bytes.length - 1)] & 0xFF);
        if (charset.equals(StandardCharsets.UTF_8) && (declared == null || declared.isBlank())) {
            return new CsvUnreadable(CsvUnreadable.Reason.NOT_UTF8, line, "line " + line + " is not UTF-8 text (byte "
                    + bad + "): a CSV that Excel saved as plain \"CSV\" is Windows-1251; declare the encoding"
                    + " windows-1251, or save it as \"CSV UTF-8\"");
        }
        return new CsvUnreadable(CsvUnreadable.Reason.NOT_IN_DECLARED_CHARSET, line, "line " + line + " is not "
                + charset.name() + " text (byte " + bad + "); a CSV is read as " + ACCEPTED);
    }
}
