package dev.why403.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Where and with what the figures were taken, and how busy the machine was. */
final class MachineSection {

    private final Path out;

    MachineSection(Path out) {
        this.out = out;
    }

    String write() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        return "## Machine and versions\n\n"
                + "- CPU: " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores available; "
                + "memory " + memory() + "\n"
                + "- OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version") + "\n"
                + "- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + "\n"
                + "- Quarkus " + property(pom, "quarkus.version") + ", Drools " + property(pom, "drools.version")
                + ", JMH " + property(pom, "jmh.version") + "\n"
                + "- Load average before the run: " + read("load-before.txt") + "; after: " + read("load-after.txt")
                + "\n"
                + "- Whole run: " + read("elapsed-seconds.txt") + " s\n\n";
    }

    private String read(String name) throws IOException {
        Path file = out.resolve(name);
        if (!Files.exists(file)) {
            return "?";
        }
        String text = Files.readString(file).strip();
        int load = text.indexOf("load average:");
        return load >= 0 ? text.substring(load + "load average:".length()).strip() : text;
    }

    private static String cpuModel() throws IOException {
        return firstMatch("/proc/cpuinfo", "model name\\s*:\\s*(.+)");
    }

    private static String memory() throws IOException {
        String kilobytes = firstMatch("/proc/meminfo", "MemTotal:\\s*(\\d+)");
        return kilobytes.equals("?") ? "?" : (Long.parseLong(kilobytes) / 1024 / 1024) + " GB";
    }

    private static String firstMatch(String file, String regex) throws IOException {
        Path path = Path.of(file);
        if (!Files.exists(path)) {
            return "?";
        }
        Matcher matcher = Pattern.compile(regex).matcher(Files.readString(path));
        return matcher.find() ? matcher.group(1).strip() : "?";
    }

    private static String property(String pom, String name) {
        Matcher matcher =
                Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)<").matcher(pom);
        return matcher.find() ? matcher.group(1) : "?";
    }
}
