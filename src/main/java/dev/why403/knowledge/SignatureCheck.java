package dev.why403.knowledge;

import dev.why403.knowledge.Signature.Condition;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/** Checks one signature: its conditions, patterns, and the facts and values it sets. */
final class SignatureCheck {

    private final Signature signature;
    private final Map<String, FactDefinition> facts;
    private final BiConsumer<String, String> report;
    private final Set<String> groups = new HashSet<>();

    SignatureCheck(Signature signature, Map<String, FactDefinition> facts, BiConsumer<String, String> report) {
        this.signature = signature;
        this.facts = facts;
        this.report = report;
    }

    void run() {
        if (signature.when().isEmpty()) {
            problem("has no conditions under 'when'");
        }
        signature.when().forEach(this::checkCondition);
        signature.sets().forEach(this::checkSet);
        checkReference();
    }

    private void checkCondition(Condition condition) {
        long kinds = Stream.of(condition.status(), condition.header(), condition.absent(), condition.body())
                .filter(part -> part != null)
                .count();
        if (kinds != 1) {
            problem("has a condition that is not exactly one of status, header, absent or body");
            return;
        }
        if (condition.matches() != null && condition.header() == null) {
            problem("uses 'matches' without 'header'");
        }
        Stream.of(condition.status(), condition.matches(), condition.body())
                .filter(pattern -> pattern != null)
                .forEach(this::checkPattern);
    }

    private void checkPattern(String pattern) {
        Patterns.check(pattern).ifPresent(error -> problem("has a bad pattern: " + error));
        groups.addAll(Patterns.groupNames(pattern));
    }

    private void checkSet(String name, String value) {
        FactDefinition fact = facts.get(name);
        if (fact == null) {
            problem("sets the unknown fact '" + name + "'");
            return;
        }
        Set<String> placeholders = Patterns.placeholders(value);
        placeholders.stream()
                .filter(group -> !groups.contains(group))
                .forEach(group -> problem("uses {" + group + "} but no pattern has a group named " + group));
        if (placeholders.isEmpty() && !fact.allows(value)) {
            problem("sets '" + name + "' to '" + value + "', which that fact does not allow");
        }
    }

    private void checkReference() {
        Signature.Reference reference = signature.reference();
        if (reference == null) {
            return;
        }
        if ((reference.header() == null) == (reference.value() == null)) {
            problem("has a reference that needs either a header or a value");
        }
    }

    private void problem(String message) {
        report.accept(signature.id(), "the signature '" + signature.id() + "' " + message);
    }
}
