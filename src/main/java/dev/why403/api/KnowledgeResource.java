package dev.why403.api;

import dev.why403.knowledge.Cause;
import dev.why403.knowledge.FactDefinition;
import dev.why403.knowledge.FaqEntry;
import dev.why403.knowledge.Fix;
import dev.why403.knowledge.Knowledge;
import dev.why403.knowledge.Question;
import dev.why403.knowledge.Signature;
import dev.why403.knowledge.Step;
import dev.why403.knowledge.Topic;
import dev.why403.release.CurrentRelease;
import dev.why403.release.Release;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Read-only views of the current release's knowledge, for clients that pre-fill facts or show the guide. */
@Path("/api/knowledge")
@Tag(name = "Knowledge")
@Produces(MediaType.APPLICATION_JSON)
public class KnowledgeResource {

    private final CurrentRelease releases;

    public KnowledgeResource(CurrentRelease releases) {
        this.releases = releases;
    }

    @GET
    @Operation(summary = "The release and its topics, with counts of everything it knows")
    public Summary summary() {
        Release release = releases.get();
        Knowledge knowledge = release.knowledge();
        return new Summary(
                release.version(),
                release.builtAt().toString(),
                knowledge.topics(),
                knowledge.takeaways(),
                knowledge.causes().size(),
                knowledge.fixes().size(),
                knowledge.questions().size(),
                knowledge.facts().size(),
                knowledge.signatures().size(),
                release.rules().ruleCount());
    }

    @GET
    @Path("/causes")
    @Operation(summary = "Every cause with its prior likelihood")
    public List<Cause> causes() {
        return knowledge().causes();
    }

    @GET
    @Path("/causes/{id}")
    @Operation(summary = "One cause with its fixes, easy to hard")
    public CauseDetail cause(@PathParam("id") String id) {
        Knowledge knowledge = knowledge();
        Cause cause = knowledge.cause(id).orElseThrow(() -> new NotFoundException("there is no cause '" + id + "'"));
        List<Fix> fixes = knowledge.fixesFor(id).stream()
                .sorted(java.util.Comparator.comparing(Fix::difficulty).thenComparing(Fix::audience))
                .toList();
        return new CauseDetail(cause, fixes);
    }

    @GET
    @Path("/fixes")
    @Operation(summary = "Every fix with its difficulty, audience and causes")
    public List<Fix> fixes() {
        return knowledge().fixes();
    }

    @GET
    @Path("/steps")
    @Operation(summary = "The guided diagnostic steps with their tips, in order")
    public List<Step> steps() {
        return knowledge().steps();
    }

    @GET
    @Path("/faq")
    @Operation(summary = "Frequently asked questions")
    public List<FaqEntry> faq() {
        return knowledge().faq();
    }

    @GET
    @Path("/questions")
    @Operation(summary = "The decision tree's questions: the fact each sets, its answers and what follows each")
    public List<Question> questions() {
        return knowledge().questions();
    }

    @GET
    @Path("/facts")
    @Operation(summary = "The fact vocabulary: every fact name, its meaning and its allowed values")
    public List<FactDefinition> facts() {
        return knowledge().facts();
    }

    @GET
    @Path("/signatures")
    @Operation(summary = "Response signatures: the patterns that identify a vendor or a cause, and the facts they set")
    public List<Signature> signatures() {
        return knowledge().signatures();
    }

    private Knowledge knowledge() {
        return releases.get().knowledge();
    }

    /** The release and what it holds. */
    public record Summary(
            String release,
            String builtAt,
            List<Topic> topics,
            List<String> takeaways,
            int causes,
            int fixes,
            int questions,
            int facts,
            int signatures,
            int rules) {}

    /** A cause and its fixes. */
    public record CauseDetail(Cause cause, List<Fix> fixes) {}
}
