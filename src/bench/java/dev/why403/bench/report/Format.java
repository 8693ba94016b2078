package dev.why403.bench.report;

import java.util.Locale;

/** Numbers as the report prints them. */
final class Format {

    private Format() {}

    static String micros(double micros) {
        if (Double.isNaN(micros)) {
            return "–";
        }
        if (micros >= 1000) {
            return String.format(Locale.ROOT, "%.2f ms", micros / 1000);
        }
        return String.format(Locale.ROOT, "%.1f µs", micros);
    }

    static String bytes(double bytes) {
        if (Double.isNaN(bytes)) {
            return "–";
        }
        if (bytes >= 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1024 / 1024);
        }
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024);
    }

    static String seconds(double seconds) {
        return String.format(Locale.ROOT, "%.2f s", seconds);
    }

    static String ratio(double ratio) {
        return String.format(Locale.ROOT, "%.2f×", ratio);
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    /** How a measured figure stands against a limit it must stay under. */
    static String gapUnder(double measured, double limit) {
        if (measured <= limit) {
            return "met (" + ratio(measured / limit) + " of the limit)";
        }
        return "missed: " + ratio(measured / limit) + " the limit";
    }

    /** How a measured figure stands against a floor it must reach. */
    static String gapOver(double measured, double floor) {
        if (measured >= floor) {
            return "met";
        }
        return String.format(Locale.ROOT, "missed by %.2f", floor - measured);
    }
}
