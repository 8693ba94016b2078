package dev.why403.rules;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/** Compiled rules, ready to evaluate; thread-safe, since every evaluation has a session of its own. */
public final class RuleBase {

    /** A rule set that fires more often than this is looping, not concluding. */
    static final int MAX_FIRINGS = 10_000;

    private final Set<String> globals;
    private final int ruleCount;

    /**
     * Making a session costs more than most evaluations; a pooled session is reset when disposed and reused. The
     * pool belongs to this rule base and goes with it when a new release replaces it.
     */
    private final KieSessionsPool sessions;

    RuleBase(KieBase kieBase, KieSessionsPool sessions) {
        this.sessions = sessions;
        this.globals = kieBase.getKiePackages().stream()
                .flatMap(kiePackage -> kiePackage.getGlobalVariables().stream())
                .map(global -> global.getName())
                .collect(Collectors.toUnmodifiableSet());
        this.ruleCount = kieBase.getKiePackages().stream()
                .map(KiePackage::getRules)
                .mapToInt(Collection::size)
                .sum();
    }

    public int ruleCount() {
        return ruleCount;
    }

    /**
     * Inserts the facts, fires every rule that matches and returns which rules fired, in order. Known gap: an action
     * that never returns holds the calling thread; only release builds have a time limit ({@code BoundedBuilds}), so
     * a published rule that spins on facts no scenario gives would hang that visitor's request.
     */
    public List<FiredRule> evaluate(Collection<?> facts, Map<String, Object> globalValues) {
        KieSession session = sessions.newKieSession();
        FiredRuleListener listener = new FiredRuleListener();
        try {
            session.addEventListener(listener);
            globalValues.forEach((name, value) -> setDeclared(session, name, value));
            facts.forEach(session::insert);
            int fired = session.fireAllRules(MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new RuleLoopException(fired, listener.mostFired());
            }
            return listener.fired();
        } finally {
            session.removeEventListener(listener);
            session.dispose();
        }
    }

    /**
     * A session holding these facts, fired, in which more facts can be tried one at a time. The rules' conclusions
     * must be logical insertions for a tried fact to be taken back cleanly.
     */
    public Simulation simulate(Collection<?> facts, Map<String, Object> globalValues) {
        KieSession session = sessions.newKieSession();
        Simulation simulation = new Simulation(session);
        try {
            globalValues.forEach((name, value) -> setDeclared(session, name, value));
            facts.forEach(session::insert);
            simulation.fire();
            return simulation;
        } catch (RuntimeException e) {
            simulation.close();
            throw e;
        }
    }

    private void setDeclared(KieSession session, String name, Object value) {
        if (globals.contains(name)) {
            session.setGlobal(name, value);
        }
    }
}
