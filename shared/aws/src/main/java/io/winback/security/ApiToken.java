package io.winback.security;

import io.winback.access.Role;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of {@code API_TOKENS}: {@code owner:<token>} (everything), {@code staff@<storeId>:<token>} (that store's
 * call list and the cards of its customers), or a bare {@code <token>}, which is the owner's as before roles existed.
 */
record ApiToken(Role role, byte[] secret) {
    private static final String OWNER = "owner:";
    private static final String STAFF = "staff@";

    /**
     * Every entry of {@code entries}, each with its role.
     *
     * @throws IllegalArgumentException naming every malformed entry by its position (never its token)
     */
    static List<ApiToken> parse(List<String> entries) {
        List<ApiToken> tokens = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i);
            if (entry.startsWith(OWNER)) {
                add(tokens, problems, i, Role.OWNER, entry.substring(OWNER.length()));
            } else if (entry.startsWith(STAFF)) {
                int colon = entry.indexOf(':');
                String store = colon < 0 ? "" : entry.substring(STAFF.length(), colon);
                if (store.isBlank()) {
                    problems.add("entry " + (i + 1) + " is staff@<storeId>:<token> without a store");
                } else {
                    add(tokens, problems, i, new Role.Staff(store), entry.substring(colon + 1));
                }
            } else {
                add(tokens, problems, i, Role.OWNER, entry);
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("API_TOKENS: " + String.join("; ", problems));
        }
        return tokens;
    }

    private static void add(List<ApiToken> tokens, List<String> problems, int index, Role role, String secret) {
        if (secret.isBlank()) {
            problems.add("entry " + (index + 1) + " has no token after its role");
        } else {
            tokens.add(new ApiToken(role, secret.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
