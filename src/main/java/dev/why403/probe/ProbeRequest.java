package dev.why403.probe;

import dev.why403.observation.HttpResponse.Header;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The failing request as the user gave it, credentials included. It lives only as long as one probe run and its
 * {@link #toString()} shows no credential, so that it can never leak into a log by accident.
 */
public record ProbeRequest(String method, URI url, List<Header> headers) {

    public ProbeRequest {
        method = method == null ? "GET" : method.toUpperCase(Locale.ROOT);
        headers = List.copyOf(headers);
    }

    public static ProbeRequest get(String url, Header... headers) {
        return new ProbeRequest("GET", URI.create(url), List.of(headers));
    }

    @Override
    public String toString() {
        Redactor redactor = Redactor.forRequest(this);
        return "ProbeRequest[" + method + " " + redactor.url(url) + " " + redactor.requestHeaders(headers) + "]";
    }
}
