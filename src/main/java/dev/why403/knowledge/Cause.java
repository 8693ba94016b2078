package dev.why403.knowledge;

/** A reason a request can be refused, with its likelihood before any evidence is seen. */
public record Cause(String id, String title, Likelihood likelihood, String summary) {}
