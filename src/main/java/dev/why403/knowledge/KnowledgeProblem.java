package dev.why403.knowledge;

/** Something wrong in a knowledge file, and where: the file relative to the knowledge folder, line and column. */
public record KnowledgeProblem(String file, int line, int column, String message) {

    public static KnowledgeProblem at(String file, Location location, String message) {
        return new KnowledgeProblem(file, location.line(), location.column(), message);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    /** A place in a file; line and column count from 1, and 0 means unknown. */
    public record Location(int line, int column) {

        public static final Location UNKNOWN = new Location(0, 0);
    }
}
