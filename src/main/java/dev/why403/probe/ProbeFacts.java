package dev.why403.probe;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Turns probe results into plain facts for the rules: the status each probe got, and comparisons between probes
 * that point at a cause. A comparison is only stated when both of its probes got an answer.
 */
public final class ProbeFacts {

    private static final String NONE = "none";

    private final Map<String, ProbeResult> byId = new LinkedHashMap<>();

    private final Pattern loginPage;

    private final List<ProbeFact> facts = new ArrayList<>();

    private ProbeFacts(ProbePlan plan, List<ProbeResult> results) {
        results.forEach(result -> byId.put(result.probeId(), result));
        this.loginPage = plan.loginPattern();
    }

    public static List<ProbeFact> from(ProbePlan plan, List<ProbeResult> results) {
        ProbeFacts converter = new ProbeFacts(plan, results);
        converter.statuses();
        converter.asGivenDetails();
        converter.comparisons();
        return List.copyOf(converter.facts);
    }

    public static Map<String, String> asMap(List<ProbeFact> facts) {
        Map<String, String> map = new LinkedHashMap<>();
        facts.forEach(fact -> map.put(fact.name(), fact.value()));
        return map;
    }

    private void statuses() {
        for (ProbeResult result : byId.values()) {
            String name = "probe_" + result.probeId().replace('-', '_') + "_status";
            add(name, result.status().map(String::valueOf).orElse(NONE), result.probeId());
        }
    }

    private void asGivenDetails() {
        ProbeResult asGiven = byId.get("as-given");
        if (asGiven == null) {
            return;
        }
        boolean refused = asGiven.refusal().isPresent() && asGiven.redirects().isEmpty();
        add("probe_target_refused", yesNo(refused), "as-given");
        if (asGiven.response().isEmpty()) {
            return;
        }
        boolean toLogin = asGiven.redirects().stream().anyMatch(redirect -> isLoginPage(redirect.location()));
        add("probe_redirected_to_login", yesNo(toLogin), "as-given");
        boolean retryAfter = asGiven.response().get().header("Retry-After").isPresent();
        add("probe_retry_after_present", yesNo(retryAfter), "as-given");
    }

    private void comparisons() {
        compare("credentials_read_but_refused", "as-given", is(403), "without-credentials", is(401));
        compare("user_agent_dependent", "browser-user-agent", ProbeFacts::success, "script-user-agent", is(403));
        compare("trailing_slash_dependent", "as-given", is(403), "trailing-slash-toggled", ProbeFacts::success);
        compare("scheme_dependent", "as-given", is(403), "other-scheme", ProbeFacts::success);
        methodDependent();
        refererDependent();
    }

    private void methodDependent() {
        Optional<Integer> get =
                status("as-given").filter(s -> method("as-given").equals("GET"));
        Optional<Integer> head = status("head");
        Optional<Integer> options = status("options");
        if (get.isEmpty() || (head.isEmpty() && options.isEmpty())) {
            return;
        }
        boolean otherWorks = head.filter(ProbeFacts::success).isPresent()
                || options.filter(ProbeFacts::success).isPresent();
        add("method_dependent", yesNo(get.get() == 403 && otherWorks), "as-given,head,options");
    }

    // Hotlink protection refuses a missing Referer; origin checks refuse a foreign or present one.
    private void refererDependent() {
        Optional<Integer> with = status("with-referer-origin");
        Optional<Integer> without = status("without-referer-origin");
        if (with.isEmpty() || without.isEmpty()) {
            return;
        }
        boolean differs = success(with.get()) && without.get() == 403 || with.get() == 403 && success(without.get());
        add("referer_dependent", yesNo(differs), "with-referer-origin,without-referer-origin");
    }

    private void compare(String name, String first, IntPredicate firstTest, String second, IntPredicate secondTest) {
        Optional<Integer> a = status(first);
        Optional<Integer> b = status(second);
        if (a.isPresent() && b.isPresent()) {
            add(name, yesNo(firstTest.test(a.get()) && secondTest.test(b.get())), first + "," + second);
        }
    }

    private boolean isLoginPage(String url) {
        return loginPage
                .matcher(url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/?#]*", ""))
                .find();
    }

    private Optional<Integer> status(String probeId) {
        return Optional.ofNullable(byId.get(probeId)).flatMap(ProbeResult::status);
    }

    private String method(String probeId) {
        return byId.get(probeId).sent().method();
    }

    private static IntPredicate is(int status) {
        return actual -> actual == status;
    }

    private static boolean success(int status) {
        return status >= 200 && status < 300;
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private void add(String name, String value, String probes) {
        facts.add(new ProbeFact(name, value, "probe:" + probes));
    }
}
