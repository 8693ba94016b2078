package dev.why403.release;

/** Proposed files that cannot be considered at all; {@code field} is a JSON pointer into the request body. */
public class ProposalException extends RuntimeException {

    private final String field;

    public ProposalException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** More files, or more text, than a release is allowed to hold. */
    public static class TooLarge extends ProposalException {

        public TooLarge(String field, String message) {
            super(field, message);
        }
    }
}
