package dev.why403.session;

import java.time.Instant;

/**
 * What the console's session list is narrowed to; every part is optional (null). {@code vendor} matches part of the
 * stored vendors, {@code state} is {@link SessionRecord#OPEN} or {@link SessionRecord#FINISHED}; {@code page} counts
 * from 0.
 */
public record SessionFilter(Instant from, Instant to, String cause, String vendor, String state, int page) {}
