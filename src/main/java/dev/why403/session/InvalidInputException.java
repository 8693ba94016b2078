package dev.why403.session;

/** The user's input is wrong; {@code field} points at the part (a JSON pointer such as {@code /facts/status}). */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
