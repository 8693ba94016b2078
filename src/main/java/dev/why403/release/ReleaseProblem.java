package dev.why403.release;

/** Something wrong in a knowledge or rule file, with the file (relative to its folder), line and column. */
public record ReleaseProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
