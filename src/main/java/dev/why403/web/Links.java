package dev.why403.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The addresses of the pages, in one place so redirects and templates agree. */
final class Links {

    private Links() {}

    static String session(String id) {
        return "/sessions/" + encode(id);
    }

    static String result(String id) {
        return session(id) + "/result";
    }

    static String change(String id, String question) {
        return session(id) + "/answers/" + encode(question);
    }

    static String console(String id) {
        return "/console/sessions/" + encode(id);
    }

    private static String encode(String part) {
        return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
