package dev.why403.session;

/** The failing request as the user describes it: method, URL and the kind of credentials sent. */
public record RequestInfo(String method, String url, String credentials) {}
