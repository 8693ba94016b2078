package dev.why403.reload;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;

/** An application that finds edits of its own copy of the test knowledge by rescanning only. */
public class RescanProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RescanFolders.class));
    }
}
