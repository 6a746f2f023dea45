package io.winback.messages;

/**
 * How an SMS text travels: GSM-7 when every character is in the GSM 03.38 alphabet (160 characters alone, 153 per
 * part when split; characters of the extension table count twice), otherwise UCS-2 (70 alone, 67 per part, counted
 * in UTF-16 units). Cyrillic is UCS-2, so a Russian SMS over 70 characters is billed as two or more.
 */
public record SmsParts(String encoding, int length, int parts) {
    private static final String GSM_BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String GSM_EXTENSION = "\f^{}\\[~]|€";

    public static SmsParts of(String text) {
        int gsmLength = 0;
        boolean gsm = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (GSM_BASIC.indexOf(c) >= 0) {
                gsmLength++;
            } else if (GSM_EXTENSION.indexOf(c) >= 0) {
                gsmLength += 2;
            } else {
                gsm = false;
                break;
            }
        }
        if (gsm) {
            return new SmsParts("GSM-7", gsmLength, gsmLength <= 160 ? 1 : ceilDiv(gsmLength, 153));
        }
        int units = text.length();
        return new SmsParts("UCS-2", units, units <= 70 ? 1 : ceilDiv(units, 67));
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
