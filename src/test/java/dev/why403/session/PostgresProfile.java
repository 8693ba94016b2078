package dev.why403.session;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Runs the app on the PostgreSQL server that `make test` starts on loopback (scripts/test-postgres.sh). */
public class PostgresProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        String address = System.getProperty("test.postgres", "127.0.0.1:54329");
        return Map.of(
                "quarkus.datasource.db-kind", "postgresql",
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + address + "/why403",
                "quarkus.datasource.username", "why403",
                "quarkus.datasource.password", "why403");
    }
}
