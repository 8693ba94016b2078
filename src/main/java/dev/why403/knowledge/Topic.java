package dev.why403.knowledge;

/** What one knowledge folder is about, and where its decision tree starts. */
public record Topic(
        String id, String title, String summary, String distinction, Estimate estimatedMinutes, String startQuestion) {

    /** How long working through the guided steps usually takes, in minutes. */
    public record Estimate(int min, int max) {}
}
