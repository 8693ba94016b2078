package dev.why403.probe;

/** One fact learnt by probing, such as {@code probe_as_given_status=403}, and the probes it came from. */
public record ProbeFact(String name, String value, String source) {}
