package dev.why403.session;

import java.time.Instant;

/** One answer the user gave: the question, the value chosen and when. */
public record AnswerRecord(String question, String answer, Instant at) {}
