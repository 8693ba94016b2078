package dev.why403.bench;

import dev.why403.diagnosis.Fact;
import dev.why403.knowledge.Knowledge;
import dev.why403.knowledge.KnowledgeFiles;
import dev.why403.knowledge.KnowledgeLoader;
import java.util.List;

/** A generated rule set with its knowledge, its plain evaluator and the inputs of the steps, cycled through. */
public final class Workload {

    static final int CAUSES = 20;
    static final int INPUTS = 256;
    static final long SEED = 403;

    private final RuleSet set;
    private final Knowledge knowledge;
    private final PlainEvaluator plain;
    private final List<List<Fact>> inputs;
    private int next;

    public Workload(String shape, int rules) {
        this.set = new RuleSet(RuleShape.of(shape), rules, CAUSES);
        this.knowledge = new KnowledgeLoader().load(new KnowledgeFiles(KnowledgeWriter.files(set)));
        this.plain = new PlainEvaluator(set.rules());
        this.inputs = Inputs.of(set, INPUTS, SEED);
    }

    public RuleSet set() {
        return set;
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    public PlainEvaluator plain() {
        return plain;
    }

    public List<List<Fact>> inputs() {
        return inputs;
    }

    /** The facts of the next step; the inputs repeat after {@link #INPUTS} steps. */
    public List<Fact> nextFacts() {
        next = (next + 1) % inputs.size();
        return inputs.get(next);
    }
}
