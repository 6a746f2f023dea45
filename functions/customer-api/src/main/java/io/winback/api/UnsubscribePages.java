package io.winback.api;

import io.winback.chain.Channel;
import io.winback.http.ApiReply;

import static io.winback.http.HtmlText.escape;

import java.util.Map;

/**
 * The pages the unsubscribe link answers with, in the customer's language ({@code ru}, or {@code en}): plain HTML
 * that any browser shows and a screen reader reads, with nothing loaded from elsewhere. A page that knows no
 * customer (an invalid link, a failure) says its words in both languages. Every text is escaped on its way in, so
 * a later edit of the wording cannot break the markup.
 */
final class UnsubscribePages {
    private UnsubscribePages() {
    }

    /** What the email footer's link opens: a question and one button that posts back to the same URL. */
    static ApiReply question(String language, Channel channel) {
        boolean ru = !"en".equals(language);
        String title = ru ? "Отписка от рассылки" : "Unsubscribe";
        String question = ru
                ? (channel == Channel.SMS ? "Отписаться от SMS-рассылки?" : "Отписаться от рассылки писем?")
                : (channel == Channel.SMS ? "Stop our text messages?" : "Stop our emails?");
        String button = ru ? "Отписаться" : "Unsubscribe";
        // No action: a form posts to the URL of its page, so the token goes back exactly as it came.
        return ApiReply.html(200, page(ru ? "ru" : "en", title, "<h1>" + escape(question) + "</h1>\n"
                + "<form method=\"post\"><button type=\"submit\">" + escape(button) + "</button></form>\n"));
    }

    /** The answer to the POST, whether this click withdrew the consent or an earlier one had. */
    static ApiReply unsubscribed(String language, Channel channel) {
        boolean ru = !"en".equals(language);
        String done = ru
                ? "Вы отписались от рассылки. Больше мы не будем присылать вам "
                        + (channel == Channel.SMS ? "SMS." : "письма.")
                : "You have been unsubscribed. We will not " + (channel == Channel.SMS ? "text" : "email") + " you again.";
        return ApiReply.html(200, page(ru ? "ru" : "en", ru ? "Вы отписались" : "Unsubscribed",
                "<h1>" + escape(done) + "</h1>\n"));
    }

    /** A link forged, edited or cut short: nothing is done, and the customer is told where the link should come from. */
    static ApiReply invalidLink() {
        return ApiReply.html(400, page("ru", "Ссылка недействительна / Invalid link",
                "<h1>" + escape("Ссылка для отписки недействительна.") + "</h1>\n"
                        + "<p>" + escape("Откройте ссылку из письма целиком, без изменений.") + "</p>\n"
                        + "<div lang=\"en\">\n<h2>" + escape("This unsubscribe link is not valid.") + "</h2>\n"
                        + "<p>" + escape("Open the link from the message in full, unchanged.") + "</p>\n</div>\n"));
    }

    /** The withdrawal could not be saved this time ({@code status} 500 or 503); the same link works again later. */
    static ApiReply notSaved(int status) {
        ApiReply reply = ApiReply.html(status, page("ru", "Попробуйте ещё раз / Please try again",
                "<h1>" + escape("Не получилось сохранить отписку. Попробуйте ещё раз через минуту.") + "</h1>\n"
                        + "<h2 lang=\"en\">" + escape("We could not save your request. Please try again in a minute.")
                        + "</h2>\n"));
        return status == 503 ? reply.withHeaders(Map.of("retry-after", "60")) : reply;
    }

    private static String page(String lang, String title, String main) {
        return "<!DOCTYPE html>\n"
                + "<html lang=\"" + escape(lang) + "\">\n"
                + "<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<title>" + escape(title) + "</title>\n</head>\n"
                + "<body>\n<main>\n" + main + "</main>\n</body>\n</html>\n";
    }
}
