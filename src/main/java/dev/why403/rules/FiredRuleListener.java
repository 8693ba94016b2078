package dev.why403.rules;

import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/** Records which rules fired, so explanations never depend on what a rule's action chose to print. */
final class FiredRuleListener extends DefaultAgendaEventListener {

    private final List<FiredRule> fired = new ArrayList<>();

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        var rule = event.getMatch().getRule();
        List<Object> matched = event.getMatch().getObjects().stream()
                .filter(object -> object != null)
                .toList();
        fired.add(new FiredRule(rule.getName(), rule.getPackageName(), matched));
    }

    /** The rule that fired most often so far, to name when the rules loop. */
    java.util.Optional<String> mostFired() {
        return fired.stream()
                .collect(
                        java.util.stream.Collectors.groupingBy(FiredRule::name, java.util.stream.Collectors.counting()))
                .entrySet()
                .stream()
                .max(java.util.Map.Entry.comparingByValue())
                .map(java.util.Map.Entry::getKey);
    }

    List<FiredRule> fired() {
        return List.copyOf(fired);
    }
}
