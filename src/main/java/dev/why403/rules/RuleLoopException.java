package dev.why403.rules;

import java.util.Optional;

/**
 * The rules kept firing on some facts without settling: a rule's action changes what its own conditions read (an
 * insert or update that matches it again). A fault of the rules, not of the facts; the rule that fired most is named
 * when it is known.
 */
public class RuleLoopException extends RuntimeException {

    private final transient Optional<String> rule;

    RuleLoopException(int fired, Optional<String> rule) {
        super("the rules fired " + fired + " times without settling: a rule loops"
                + rule.map(name -> " (most often \"" + name + "\")").orElse(""));
        this.rule = rule;
    }

    /** The rule that fired most often, where known. */
    public Optional<String> rule() {
        return rule;
    }
}
