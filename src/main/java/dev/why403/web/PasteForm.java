package dev.why403.web;

import dev.why403.session.InvalidInputException;
import dev.why403.session.RequestInfo;
import dev.why403.session.SessionInput;

/** The paste form as typed; empty fields mean "not given". */
public record PasteForm(String response, String method, String url, String credentials) {

    /** A field the browser did not send shows as empty when the form is shown again. */
    public PasteForm {
        response = orEmpty(response);
        method = orEmpty(method);
        url = orEmpty(url);
        credentials = orEmpty(credentials);
    }

    public static PasteForm empty() {
        return new PasteForm("", "", "", "");
    }

    /** The session input this form asks for; a form without a response is refused with a hint. */
    SessionInput input() {
        if (blank(response)) {
            throw new InvalidInputException(
                    "/response", "Paste the response first, or go back and start with the questions instead.");
        }
        RequestInfo request = new RequestInfo(given(method), given(url), given(credentials));
        boolean anyRequestPart = request.method() != null || request.url() != null || request.credentials() != null;
        return new SessionInput(anyRequestPart ? request : null, response, null);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String given(String value) {
        return blank(value) ? null : value.strip();
    }
}
