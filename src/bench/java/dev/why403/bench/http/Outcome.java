package dev.why403.bench.http;

/** How one request went: as expected, not as expected, or not sent because there was nothing left to send. */
enum Outcome {
    OK,
    ERROR,
    EXHAUSTED
}
