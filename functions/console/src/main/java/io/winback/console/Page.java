package io.winback.console;

import io.winback.access.Role;
import io.winback.report.ReportLanguage;
import io.winback.text.Noun;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What every page's frame needs: its language and title, who is signed in (null on the sign-in page), the CSRF token
 * of their forms, and where the language switch leads (this page in the other language).
 */
public record Page(ReportLanguage language, String title, Role role, String csrf, String path) {

    public String lang() {
        return language.code();
    }

    /** The Russian or the English of a text, by the page's language. */
    public String t(String russian, String english) {
        return language.pick(russian, english);
    }

    /** "<count> <noun>" in the page's language, by the one plural rule: 21 звонок, 22 звонка, 25 звонков. */
    public String count(long count, Noun noun) {
        return noun.count(count, language);
    }

    public boolean signedIn() {
        return role != null;
    }

    public boolean owner() {
        return role != null && role.isOwner();
    }

    /** Who the page is shown to, in its language: "Владелец" or "Сотрудники магазина moscow-1". */
    public String who() {
        return switch (role) {
            case null -> "";
            case Role.Owner owner -> t("Владелец", "Owner");
            case Role.Staff staff -> t("Магазин ", "Store ") + staff.storeId();
        };
    }

    /** This page in the other language. */
    public String otherLanguageHref() {
        String other = language == ReportLanguage.RU ? "en" : "ru";
        return path + (path.contains("?") ? "&" : "?") + "lang=" + URLEncoder.encode(other, StandardCharsets.UTF_8);
    }

    public String otherLanguageName() {
        return language == ReportLanguage.RU ? "English" : "Русский";
    }

    public String otherLanguageCode() {
        return language == ReportLanguage.RU ? "en" : "ru";
    }
}
