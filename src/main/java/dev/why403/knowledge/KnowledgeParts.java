package dev.why403.knowledge;

import java.util.ArrayList;
import java.util.List;

/** The pieces read from the files, gathered before they are checked against each other. */
record KnowledgeParts(
        List<Topic> topics,
        List<Cause> causes,
        List<Fix> fixes,
        List<Step> steps,
        List<FaqEntry> faq,
        List<String> takeaways,
        List<FactDefinition> facts,
        List<Question> questions,
        List<Signature> signatures,
        List<ScenarioFile> scenarios) {

    static KnowledgeParts empty() {
        return new KnowledgeParts(
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>());
    }
}
