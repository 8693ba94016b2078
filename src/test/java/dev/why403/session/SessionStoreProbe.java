package dev.why403.session;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.SQLException;

/** Asks the app's own data source which database it talks to. */
final class SessionStoreProbe {

    private SessionStoreProbe() {}

    static String databaseProduct() throws SQLException {
        AgroalDataSource dataSource =
                Arc.container().instance(AgroalDataSource.class).get();
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        }
    }
}
