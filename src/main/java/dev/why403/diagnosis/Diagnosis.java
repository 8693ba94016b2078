package dev.why403.diagnosis;

import dev.why403.knowledge.FaqEntry;
import dev.why403.knowledge.Question;
import dev.why403.knowledge.Step;
import java.util.List;
import java.util.Optional;

/** The answer to "why 403?" for one set of facts: ranked causes, ruled-out causes, what to read, what to ask. */
public record Diagnosis(
        List<RankedCause> causes,
        List<RuledOutCause> ruledOut,
        List<Step> steps,
        List<FaqEntry> faq,
        Optional<Question> nextQuestion) {

    public Diagnosis {
        causes = List.copyOf(causes);
        ruledOut = List.copyOf(ruledOut);
        steps = List.copyOf(steps);
        faq = List.copyOf(faq);
    }

    public Optional<RankedCause> top() {
        return causes.stream().findFirst();
    }
}
