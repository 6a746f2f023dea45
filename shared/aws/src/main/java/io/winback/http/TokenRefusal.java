package io.winback.http;

/**
 * The 401 of every API behind a bearer token, telling a missing token from one that was sent and not accepted (a
 * typo, an old token after a rotation), since the two call for different fixes.
 */
public final class TokenRefusal {
    private static final String SEND_TOKEN = "send the header Authorization: Bearer <API token>";

    private TokenRefusal() {
    }

    /** @param authorization the request's Authorization header as sent, or null */
    public static ApiReply reply(String authorization) {
        return ApiReply.error(401, "Authorization", authorization == null || authorization.isBlank()
                ? "the API token is missing; " + SEND_TOKEN
                : "the API token was not accepted; " + SEND_TOKEN + " with a current token");
    }

    /**
     * The 403 of a token that is ours but whose role may not do {@code what} ("edit chains", "read the customers of
     * another store"): sending it again will not help, another token will.
     */
    public static ApiReply forbidden(io.winback.access.Role role, String what) {
        return ApiReply.error(403, "Authorization", "this token is " + role.describe() + "'s, which may not " + what
                + "; use the owner's token");
    }
}
