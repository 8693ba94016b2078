package dev.why403.reload;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** An application that reads and watches its own copy of the small test knowledge. */
public class ReloadProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ReloadFolders.class));
    }
}
