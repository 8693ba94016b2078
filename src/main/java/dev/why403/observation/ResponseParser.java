package dev.why403.observation;

import dev.why403.observation.HttpResponse.Header;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a response as {@code curl -i} or a browser's developer tools print it: a status line ({@code HTTP/1.1 403
 * Forbidden}, {@code HTTP/2 403}, {@code Status Code: 403} or {@code :status: 403}), header lines, a blank line and
 * the body; CRLF or LF. When curl printed several responses (redirects, 100 Continue), the last one counts. A
 * pasted page with no status or headers is accepted when it is clearly HTML, JSON or XML.
 */
public final class ResponseParser {

    private static final Pattern STATUS_LINE =
            Pattern.compile("^HTTP/\\d(?:\\.\\d)?\\s+(\\d{3})(?:\\s.*)?$", Pattern.CASE_INSENSITIVE);

    private static final Pattern DEVTOOLS_STATUS =
            Pattern.compile("^(?:status code|:status):\\s*(\\d{3})\\b.*$", Pattern.CASE_INSENSITIVE);

    /** Lines of the devtools "General" section that are neither status nor header. */
    private static final Pattern DEVTOOLS_GENERAL = Pattern.compile(
            "^(?:request url|request method|remote address|referrer policy):.*$", Pattern.CASE_INSENSITIVE);

    private static final Pattern HEADER = Pattern.compile("^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \\t]*(.*)$");

    public HttpResponse parse(String raw) {
        List<String> lines =
                List.of(raw.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        int first = firstNonBlank(lines);
        if (first == lines.size()) {
            throw new ResponseFormatException(1, "the response is empty");
        }
        String opening = lines.get(first).strip();
        boolean httpLike = statusOf(opening).isPresent()
                || HEADER.matcher(opening).matches()
                || DEVTOOLS_GENERAL.matcher(opening).matches();
        if (!httpLike) {
            return bodyOnly(lines, first, opening);
        }
        return parseFrom(lines, first);
    }

    private HttpResponse parseFrom(List<String> lines, int start) {
        Optional<Integer> status = statusOf(lines.get(start).strip());
        int index = status.isPresent() ? start + 1 : start;
        List<Header> headers = new ArrayList<>();
        while (index < lines.size() && !lines.get(index).isBlank()) {
            String line = lines.get(index);
            Optional<Integer> devtoolsStatus = statusOf(line.strip());
            if (devtoolsStatus.isPresent()) {
                status = devtoolsStatus;
            } else if (DEVTOOLS_GENERAL.matcher(line.strip()).matches()) {
                index++;
                continue;
            } else if (!addHeader(headers, line)) {
                break;
            }
            index++;
        }
        int bodyStart = index < lines.size() && lines.get(index).isBlank() ? index + 1 : index;
        int next = firstNonBlank(lines, bodyStart);
        if (next < lines.size() && STATUS_LINE.matcher(lines.get(next).strip()).matches()) {
            return parseFrom(lines, next);
        }
        String body = String.join("\n", lines.subList(Math.min(bodyStart, lines.size()), lines.size()));
        return new HttpResponse(status, headers, body.strip());
    }

    /** Adds a header line, or folds a continuation line into the previous header; false if it is neither. */
    private static boolean addHeader(List<Header> headers, String line) {
        Matcher header = HEADER.matcher(line.strip());
        if (header.matches() && !Character.isWhitespace(line.charAt(0))) {
            headers.add(new Header(header.group(1), header.group(2).strip()));
            return true;
        }
        if (!headers.isEmpty() && Character.isWhitespace(line.charAt(0))) {
            Header last = headers.remove(headers.size() - 1);
            headers.add(new Header(last.name(), last.value() + " " + line.strip()));
            return true;
        }
        return false;
    }

    private static HttpResponse bodyOnly(List<String> lines, int first, String opening) {
        if (!looksLikeDocument(opening)) {
            throw new ResponseFormatException(
                    first + 1,
                    "expected a status line such as 'HTTP/1.1 403 Forbidden', a header such as "
                            + "'Server: nginx', or a page's HTML or JSON, but found '" + abbreviate(opening) + "'");
        }
        String body = String.join("\n", lines.subList(first, lines.size())).strip();
        return new HttpResponse(Optional.empty(), List.of(), body);
    }

    private static boolean looksLikeDocument(String line) {
        return line.startsWith("<") || line.startsWith("{") || line.startsWith("[");
    }

    private static Optional<Integer> statusOf(String line) {
        Matcher statusLine = STATUS_LINE.matcher(line);
        if (statusLine.matches()) {
            return Optional.of(Integer.parseInt(statusLine.group(1)));
        }
        Matcher devtools = DEVTOOLS_STATUS.matcher(line);
        return devtools.matches() ? Optional.of(Integer.parseInt(devtools.group(1))) : Optional.empty();
    }

    private static int firstNonBlank(List<String> lines) {
        return firstNonBlank(lines, 0);
    }

    private static int firstNonBlank(List<String> lines, int from) {
        int index = from;
        while (index < lines.size() && lines.get(index).isBlank()) {
            index++;
        }
        return index;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
