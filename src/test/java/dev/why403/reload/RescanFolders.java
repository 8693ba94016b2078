package dev.why403.reload;

import java.util.HashMap;
import java.util.Map;

/** The reload tests' folders, seen by rescans alone, as on a mount that reports no change events. */
public class RescanFolders extends ReloadFolders {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("why403.reload.watch-events", "false");
        config.put("why403.reload.rescan", "250ms");
        return config;
    }
}
