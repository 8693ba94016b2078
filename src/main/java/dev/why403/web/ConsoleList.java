package dev.why403.web;

import dev.why403.knowledge.Cause;
import dev.why403.session.SessionSearch;
import dev.why403.session.SessionSummary;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The console's session list: the filter as typed, one page of sessions, and the links to the pages around it. */
public record ConsoleList(ConsoleFilterForm filter, SessionSearch.Result result, List<Cause> causes) {

    public List<SessionSummary> sessions() {
        return result.sessions();
    }

    public boolean hasPrevious() {
        return filter.page() > 0;
    }

    public boolean hasNext() {
        return result.more();
    }

    public String previousLink() {
        return pageLink(filter.page() - 1);
    }

    public String nextLink() {
        return pageLink(filter.page() + 1);
    }

    public String link(SessionSummary session) {
        return Links.console(session.id());
    }

    private String pageLink(int page) {
        Map<String, String> query = new LinkedHashMap<>(filter.asQuery());
        query.put("page", String.valueOf(page));
        return "/console?"
                + query.entrySet().stream()
                        .map(part -> part.getKey() + "=" + URLEncoder.encode(part.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }
}
