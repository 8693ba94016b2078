package dev.why403.rules;

/** A compile error in a rule file: the file relative to the rules folder, line and column (0 when unknown), text. */
public record RuleProblem(String file, int line, int column, String message) {

    @Override
    public String toString() {
        return file + ":" + line + (column > 0 ? ":" + column : "") + ": " + message;
    }
}
