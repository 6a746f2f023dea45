package io.winback.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
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
        return isToken(authorizationHeader.substring(7).strip().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A Bearer token, or HTTP Basic with the token as the password (any user name): what a browser sends for a page
     * it was asked to log in to.
     */
    public boolean acceptsBearerOrBasic(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6)) {
            return accepts(authorizationHeader);
        }
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(authorizationHeader.substring(6).strip());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        String credentials = new String(decoded, StandardCharsets.UTF_8);
        int colon = credentials.indexOf(':');
        return colon >= 0 && isToken(credentials.substring(colon + 1).getBytes(StandardCharsets.UTF_8));
    }

    private boolean isToken(byte[] offered) {
        boolean accepted = false;
        for (byte[] token : tokens) {
            accepted |= MessageDigest.isEqual(token, offered);
        }
        return accepted;
    }
}
