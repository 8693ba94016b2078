package dev.why403.session;

/** A part of the input is larger than why403 accepts. */
public class InputTooLargeException extends InvalidInputException {

    public InputTooLargeException(String field, String message) {
        super(field, message);
    }
}
