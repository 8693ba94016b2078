package dev.why403.session;

/** No session has this id. */
public class SessionNotFoundException extends RuntimeException {

    public SessionNotFoundException(String id) {
        super("there is no session with id '" + id + "'");
    }
}
