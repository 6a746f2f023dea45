package io.winback.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * A name as the search by name compares it: lower case, ё as е, accents and punctuation dropped, spaces single, so
 * "Ключёва  Анна" and "ключева анна" are one key and "клю" begins it. The initial (the key's first letter) groups
 * the keys, so that one lookup reads only the names that begin alike.
 */
public record NameKey(String initial, String key) {

    /** The key of {@code name}; empty when it has no letter or digit. */
    public static Optional<NameKey> of(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String decomposed = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace('ё', 'е'),
                Normalizer.Form.NFD);
        StringBuilder key = new StringBuilder();
        boolean space = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (space && !key.isEmpty()) {
                    key.append(' ');
                }
                space = false;
                key.appendCodePoint(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                space = true;
            }
        }
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(key, Normalizer.Form.NFC);
        return Optional.of(new NameKey(text.substring(0, text.offsetByCodePoints(0, 1)), text));
    }
}
