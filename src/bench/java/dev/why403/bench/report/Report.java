package dev.why403.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Writes the Markdown report of one bench run to standard output, from the files its phases left in a folder. */
public final class Report {

    private Report() {}

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Targets targets = new Targets();
        String machine = new MachineSection(out).write();
        String engine = new EngineSection(JmhResults.read(out), targets).write();
        String reload = new ReloadSection(out, targets).write();
        String http = new HttpSection(out.resolve("http.json"), targets).write();
        String startup = new StartupSection(out.resolve("startup.json"), targets).write();

        StringBuilder report = new StringBuilder();
        report.append("# why403 benchmarks, ")
                .append(finished(out).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append(" UTC\n\n");
        report.append("Written by `make bench`. All figures come from one run on one machine; compare them with "
                + "each other, not with other machines. The machine has two cores and is shared: when the load "
                + "average below is above 2, other builds were running and every figure is noisy, tail "
                + "percentiles most of all.\n\n");
        report.append("## Targets\n\n").append(targets.table()).append('\n');
        report.append(machine).append(engine).append(reload).append(http).append(startup);
        System.out.print(report);
    }

    /** When the run's last phase ended, or now when that is not recorded. */
    private static ZonedDateTime finished(Path out) throws IOException {
        Path marker = out.resolve("load-after.txt");
        if (!Files.exists(marker)) {
            return ZonedDateTime.now(ZoneOffset.UTC);
        }
        return Files.getLastModifiedTime(marker).toInstant().atZone(ZoneOffset.UTC);
    }
}
