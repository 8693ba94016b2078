package dev.why403.web;

import dev.why403.knowledge.Audience;
import dev.why403.knowledge.Cause;
import dev.why403.knowledge.FaqEntry;
import dev.why403.knowledge.Fix;
import dev.why403.knowledge.Knowledge;
import dev.why403.knowledge.Step;
import dev.why403.knowledge.Topic;
import java.util.Comparator;
import java.util.List;

/** Everything the current release knows, for reading: causes with their fixes, the guide steps and the FAQ. */
public record KnowledgePage(
        Topic topic, List<String> takeaways, List<CauseEntry> causes, List<Step> steps, List<FaqEntry> faq) {

    static KnowledgePage of(Knowledge knowledge) {
        List<CauseEntry> causes = knowledge.causes().stream()
                .sorted(Comparator.comparing(Cause::likelihood))
                .map(cause -> CauseEntry.of(cause, knowledge))
                .toList();
        return new KnowledgePage(
                knowledge.topics().get(0), knowledge.takeaways(), causes, knowledge.steps(), knowledge.faq());
    }

    /** A cause and its fixes, easy to hard, split by who can carry them out. */
    public record CauseEntry(Cause cause, List<Fix> visitorFixes, List<Fix> ownerFixes) {

        static CauseEntry of(Cause cause, Knowledge knowledge) {
            return new CauseEntry(
                    cause, fixes(knowledge, cause, Audience.VISITOR), fixes(knowledge, cause, Audience.OWNER));
        }

        private static List<Fix> fixes(Knowledge knowledge, Cause cause, Audience audience) {
            return knowledge.fixesFor(cause.id()).stream()
                    .filter(fix -> fix.audience() == audience)
                    .sorted(Comparator.comparing(Fix::difficulty))
                    .toList();
        }
    }
}
