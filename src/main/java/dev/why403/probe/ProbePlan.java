package dev.why403.probe;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The probes to run against a failing URL, with the User-Agent strings and the sign-in page pattern they use. */
public record ProbePlan(UserAgents userAgents, String loginPage, List<Probe> probes) {

    public ProbePlan {
        if (userAgents == null) {
            throw new IllegalArgumentException("the plan has no userAgents");
        }
        probes = probes == null ? List.of() : List.copyOf(probes);
        requireUniqueIds(probes);
        compile(loginPage);
    }

    public Pattern loginPattern() {
        return compile(loginPage);
    }

    private static Pattern compile(String pattern) {
        if (pattern == null) {
            throw new IllegalArgumentException("the plan has no loginPage pattern");
        }
        try {
            return Pattern.compile(pattern);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("loginPage is not a valid pattern: " + e.getDescription());
        }
    }

    private static void requireUniqueIds(List<Probe> probes) {
        Set<String> seen = new HashSet<>();
        for (Probe probe : probes) {
            if (!seen.add(probe.id())) {
                throw new IllegalArgumentException("probe id '" + probe.id() + "' is used twice");
            }
        }
    }

    public record UserAgents(String browser, String script) {

        public UserAgents {
            if (browser == null || browser.isBlank() || script == null || script.isBlank()) {
                throw new IllegalArgumentException("userAgents needs both a browser and a script string");
            }
        }
    }
}
