package dev.why403.probe;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a probe changes in the request as given; an empty field leaves that part as it was. */
public record ProbeChange(
        Method method,
        Credentials credentials,
        @JsonProperty("user-agent") UserAgent userAgent,
        Referer referer,
        Path path,
        Scheme scheme) {

    public static final ProbeChange NONE = new ProbeChange(null, null, null, null, null, null);

    /** Only safe methods: a probe must never change anything on the server it asks. */
    public enum Method {
        GET,
        HEAD,
        OPTIONS
    }

    public enum Credentials {
        @JsonProperty("keep")
        KEEP,
        @JsonProperty("drop")
        DROP
    }

    public enum UserAgent {
        @JsonProperty("browser")
        BROWSER,
        @JsonProperty("script")
        SCRIPT
    }

    public enum Referer {
        @JsonProperty("origin")
        ORIGIN,
        @JsonProperty("none")
        NONE
    }

    public enum Path {
        @JsonProperty("toggle-trailing-slash")
        TOGGLE_TRAILING_SLASH,
        @JsonProperty("parent")
        PARENT
    }

    public enum Scheme {
        @JsonProperty("other")
        OTHER
    }
}
