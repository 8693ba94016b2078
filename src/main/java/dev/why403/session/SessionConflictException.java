package dev.why403.session;

/** The request does not fit the session's current state, such as undoing when nothing was answered. */
public class SessionConflictException extends RuntimeException {

    public SessionConflictException(String message) {
        super(message);
    }
}
