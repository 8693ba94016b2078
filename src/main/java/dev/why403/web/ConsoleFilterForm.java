package dev.why403.web;

import dev.why403.session.SessionFilter;
import dev.why403.session.SessionRecord;
import jakarta.ws.rs.BadRequestException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The list filter as the agent typed it: dates as yyyy-mm-dd (UTC days, both included), cause id, part of a vendor
 * name, state; blank means any.
 */
public record ConsoleFilterForm(String from, String to, String cause, String vendor, String state, int page) {

    private static final Set<String> STATES = Set.of(SessionRecord.OPEN, SessionRecord.FINISHED);

    public ConsoleFilterForm {
        from = blankToEmpty(from);
        to = blankToEmpty(to);
        cause = blankToEmpty(cause);
        vendor = blankToEmpty(vendor);
        state = blankToEmpty(state);
        page = Math.max(page, 0);
    }

    /** The filter for the sessions' store; a date or state that does not parse is a 400 naming it. */
    SessionFilter toFilter() {
        if (!state.isEmpty() && !STATES.contains(state)) {
            throw new BadRequestException("the state must be open or finished, not " + state);
        }
        LocalDate fromDay = day("from", from);
        LocalDate toDay = day("to", to);

        return new SessionFilter(
                fromDay == null ? null : fromDay.atStartOfDay().toInstant(ZoneOffset.UTC),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                orNull(cause),
                orNull(vendor),
                orNull(state),
                page);
    }

    Map<String, String> asQuery() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("from", from);
        query.put("to", to);
        query.put("cause", cause);
        query.put("vendor", vendor);
        query.put("state", state);
        query.values().removeIf(String::isEmpty);
        return query;
    }

    private static LocalDate day(String field, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("the date " + field + " must be written as yyyy-mm-dd, not " + text);
        }
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    private static String orNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
