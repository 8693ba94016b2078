package dev.why403.probe;

import java.util.regex.Pattern;

/** One variation of the request as given, as the probe plan names and describes it. */
public record Probe(String id, String description, ProbeChange change) {

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Probe {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a probe id is lowercase words joined by dashes, not '" + id + "'");
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("probe '" + id + "' has no description");
        }
        change = change == null ? ProbeChange.NONE : change;
    }

    /** The id as it appears in fact names: {@code without-credentials} becomes {@code without_credentials}. */
    public String factName() {
        return id.replace('-', '_');
    }
}
