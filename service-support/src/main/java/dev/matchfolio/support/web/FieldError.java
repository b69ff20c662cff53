package dev.matchfolio.support.web;

/** One entry of a problem's {@code errors} list: which field is wrong and why. */
public record FieldError(String field, String message) {
}
