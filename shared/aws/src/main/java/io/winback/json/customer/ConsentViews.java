package io.winback.json.customer;

import io.winback.consent.ConsentChange;

import java.util.LinkedHashMap;
import java.util.Map;

/** A consent statement as the API, the export and the console show it. */
public final class ConsentViews {
    private ConsentViews() {
    }

    public static Map<String, Object> change(ConsentChange change) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("channel", change.channel().wireName());
        view.put("granted", change.granted());
        view.put("at", change.at().toString());
        view.put("source", change.source());
        view.put("textVersion", change.textVersion());
        view.put("applied", change.applied());
        if (change.note() != null) {
            view.put("note", change.note());
        }
        return view;
    }
}
