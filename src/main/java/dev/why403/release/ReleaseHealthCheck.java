package dev.why403.release;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the knowledge: UP whenever a release serves, which is always once started, since a failed reload
 * keeps the last good release answering. Taking the service out of rotation (readiness DOWN) or restarting it
 * (liveness DOWN) for an author's typo would turn a rejected edit into an outage, and a restart would read the same
 * broken files. So a failed last reload shows in the check's data: outcome, time, problem count and first problem.
 */
@Readiness
@ApplicationScoped
public class ReleaseHealthCheck implements HealthCheck {

    static final String NAME = "knowledge-release";

    private final CurrentRelease releases;

    public ReleaseHealthCheck(CurrentRelease releases) {
        this.releases = releases;
    }

    @Override
    public HealthCheckResponse call() {
        Release release = releases.get();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .withData("release", release.version())
                .withData("builtAt", release.builtAt().toString());
        releases.history().last().ifPresent(attempt -> describe(response, attempt));
        return response.up().build();
    }

    private static void describe(HealthCheckResponseBuilder response, ReleaseAttempt attempt) {
        response.withData("lastReload", attempt.outcome().name())
                .withData("lastReloadAt", attempt.at().toString())
                .withData("lastReloadVersion", attempt.version());
        if (attempt.failed()) {
            response.withData("lastReloadProblems", attempt.problems().size());
            attempt.problems().stream()
                    .findFirst()
                    .ifPresent(problem -> response.withData("lastReloadError", problem.toString()));
        }
    }
}
