package dev.why403.scenario;

import dev.why403.release.Release;
import dev.why403.release.ReleaseCheck;
import dev.why403.release.ReleaseProblem;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Holds back any release whose own scenarios fail; the release that served before keeps serving. */
@ApplicationScoped
@Unremovable
public class ScenarioCheck implements ReleaseCheck {

    @Override
    public List<ReleaseProblem> check(Release release) {
        return new ScenarioRunner().run(release);
    }
}
