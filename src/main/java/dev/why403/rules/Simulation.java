package dev.why403.rules;

import java.util.List;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A rule session that keeps its facts, for asking "what if this fact were added?" many times over: each added fact
 * fires only the rules it touches, and taking it back undoes what they concluded, through Drools' truth maintenance
 * (conclusions must be inserted logically). Much cheaper than evaluating every fact again for each question.
 * Not thread-safe; close it when done.
 */
public final class Simulation implements AutoCloseable {

    private final KieSession session;

    Simulation(KieSession session) {
        this.session = session;
    }

    /** The objects of this type the rules hold for the facts as given plus {@code extra}; {@code extra} goes again. */
    public <T> List<T> with(Object extra, Class<T> type) {
        FactHandle handle = session.insert(extra);
        try {
            fire();
            return objects(type);
        } finally {
            session.delete(handle);
            fire();
        }
    }

    /** The objects of this type the rules hold for the facts as given. */
    public <T> List<T> objects(Class<T> type) {
        return session.getObjects(type::isInstance).stream().map(type::cast).toList();
    }

    void fire() {
        int fired = session.fireAllRules(RuleBase.MAX_FIRINGS);
        if (fired >= RuleBase.MAX_FIRINGS) {
            throw new RuleLoopException(fired, java.util.Optional.empty());
        }
    }

    @Override
    public void close() {
        session.dispose();
    }
}
