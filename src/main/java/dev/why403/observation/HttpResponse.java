package dev.why403.observation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A response as the user or a probe saw it. Status is empty when a pasted response only had headers and a body.
 * Header names keep their original spelling; look-ups ignore case, as HTTP does.
 */
public record HttpResponse(Optional<Integer> status, List<Header> headers, String body) {

    public HttpResponse {
        headers = List.copyOf(headers);
        body = body == null ? "" : body;
    }

    public List<String> headerValues(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return headers.stream()
                .filter(header -> header.name().toLowerCase(Locale.ROOT).equals(wanted))
                .map(Header::value)
                .toList();
    }

    public Optional<String> header(String name) {
        return headerValues(name).stream().findFirst();
    }

    public record Header(String name, String value) {}
}
