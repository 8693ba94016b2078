package dev.why403.probe;

import java.nio.file.Path;

/** A probe plan that cannot be read, with the file and line to fix. */
public class ProbePlanException extends RuntimeException {

    public ProbePlanException(Path file, int line, String problem) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem);
    }
}
