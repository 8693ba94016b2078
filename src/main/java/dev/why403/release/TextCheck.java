package dev.why403.release;

import java.util.Optional;

/**
 * Characters no knowledge or rule file has reason to hold: control characters other than tab and line breaks, and
 * halves of a character (lone surrogates), which cannot even be written back as UTF-8. Refused with their place
 * rather than served to visitors, or failing only when the file is written.
 */
final class TextCheck {

    private TextCheck() {}

    /** A character refused: what it is, and where. */
    record Refused(String what, int line, int column) {

        @Override
        public String toString() {
            return what + " at line " + line + ", column " + column;
        }
    }

    /** The first such character; empty when the text is clean. */
    static Optional<Refused> problem(String text) {
        int line = 1;
        int column = 1;
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (Character.isHighSurrogate(c)
                    && index + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(index + 1))) {
                index++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(new Refused("half a character (a lone surrogate U+" + hex(c) + ")", line, column));
            } else if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
                return Optional.of(new Refused("the control character U+" + hex(c), line, column));
            }
            column++;
        }
        return Optional.empty();
    }

    private static String hex(char c) {
        return String.format("%04X", (int) c);
    }
}
