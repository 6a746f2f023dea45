package io.winback.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/** API access by {@code Authorization: Bearer <token>}; several tokens are valid at once for rotation. */
public final class BearerTokens {
    private final List<byte[]> tokens;

    public BearerTokens(List<String> tokens) {
        this.tokens = tokens.stream().map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
    }

    public boolean accepts(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        byte[] offered = authorizationHeader.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        boolean accepted = false;
        for (byte[] token : tokens) {
            accepted |= MessageDigest.isEqual(token, offered);
        }
        return accepted;
    }
}
