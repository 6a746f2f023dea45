package io.winback.messages;

/**
 * One email of a touch. {@code unsubscribeUrl} goes into the body's footer and into {@code List-Unsubscribe} with
 * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058).
 */
public record EmailMessage(String to, String subject, String textBody, String unsubscribeUrl, String language,
                           String touchId) {
}
