package dev.why403.rules;

/** A compile error in a rule file: the file relative to the rules folder, its line (0 when unknown) and text. */
public record RuleProblem(String file, int line, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
