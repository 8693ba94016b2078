package dev.why403.observation;

/** A pasted text is not an HTTP response; says which line was wrong and what was expected there. */
public class ResponseFormatException extends RuntimeException {

    private final int line;

    public ResponseFormatException(int line, String message) {
        super("line " + line + ": " + message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
