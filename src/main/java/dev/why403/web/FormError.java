package dev.why403.web;

import dev.why403.session.InvalidInputException;

/** A message for one form field, named as the form names it; {@code field} is empty when no field fits. */
public record FormError(String field, String message) {

    public static FormError none() {
        return new FormError("", "");
    }

    /** Maps the service's pointer (such as {@code /request/url}) onto the field that holds that value. */
    static FormError of(InvalidInputException e) {
        String pointer = e.field() == null ? "" : e.field();
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        return new FormError(field, e.getMessage());
    }

    public boolean any() {
        return !message.isEmpty();
    }

    public boolean on(String name) {
        return any() && field.equals(name);
    }

    /** The id of the field the error summary links to; a message without a field points at the first field. */
    public String anchor(String firstField) {
        return field.isEmpty() ? firstField : field;
    }
}
