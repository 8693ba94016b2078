package dev.why403.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads the lowercase labels that knowledge files use for enumerations, naming the allowed ones on a mistake. */
final class Labels {

    private Labels() {}

    static <E extends Enum<E>> E parse(Class<E> type, String label) {
        String wanted = label == null ? "" : label.trim().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + label + "' is not one of " + allowed(type));
    }

    private static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
