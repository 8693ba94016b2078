package dev.why403.release;

import java.util.Arrays;

/**
 * Line numbers of offsets in one text. The checks look up a line for every rule of a file, and a file can hold
 * hundreds of rules: counting line breaks from the start each time made a 10,000-rule check take seconds.
 */
final class LineIndex {

    /** The offset at which each line starts; line 1 at 0. */
    private final int[] starts;

    LineIndex(String text) {
        int[] found = new int[16];
        int count = 1;
        for (int offset = text.indexOf('\n'); offset >= 0; offset = text.indexOf('\n', offset + 1)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = offset + 1;
        }
        this.starts = Arrays.copyOf(found, count);
    }

    /** The 1-based line the offset is on. */
    int lineOf(int offset) {
        int index = Arrays.binarySearch(starts, offset);
        return index >= 0 ? index + 1 : -index - 1;
    }
}
