package dev.why403.diagnosis;

import dev.why403.knowledge.Cause;
import dev.why403.knowledge.Fix;
import dev.why403.knowledge.Knowledge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ranks causes. A cause's score is its prior points (high 2, medium 1, low 0) plus the points of its findings;
 * each point doubles its odds, so its confidence is 2^score divided by the sum of 2^score over the causes in play.
 * A cause with a ruling-out finding leaves the ranking. Ties go to the higher prior, then to knowledge order, so
 * the same findings always give the same ranking.
 */
public record Ranking(List<RankedCause> causes, List<RuledOutCause> ruledOut) {

    public static Ranking of(Knowledge knowledge, List<Finding> findings) {
        Map<String, List<Finding>> byCause = new LinkedHashMap<>();
        findings.forEach(finding -> byCause.computeIfAbsent(finding.cause(), id -> new ArrayList<>())
                .add(finding));

        List<Cause> inPlay = new ArrayList<>();
        List<RuledOutCause> ruledOut = new ArrayList<>();
        for (Cause cause : knowledge.causes()) {
            List<Finding> own = byCause.getOrDefault(cause.id(), List.of());
            if (own.stream().anyMatch(finding -> finding.kind() == Finding.Kind.RULES_OUT)) {
                ruledOut.add(new RuledOutCause(cause, own));
            } else {
                inPlay.add(cause);
            }
        }
        return new Ranking(rank(knowledge, inPlay, byCause), ruledOut);
    }

    private static List<RankedCause> rank(Knowledge knowledge, List<Cause> inPlay, Map<String, List<Finding>> byCause) {
        Map<Cause, Integer> scores = new LinkedHashMap<>();
        inPlay.forEach(cause -> scores.put(cause, score(cause, byCause.getOrDefault(cause.id(), List.of()))));
        Map<Cause, Double> shares = shares(scores);

        List<Cause> order = new ArrayList<>(inPlay);
        order.sort(Comparator.comparing((Cause cause) -> -scores.get(cause))
                .thenComparing(cause -> -cause.likelihood().priorPoints()));
        return order.stream()
                .map(cause -> new RankedCause(
                        cause,
                        scores.get(cause),
                        shares.get(cause),
                        byCause.getOrDefault(cause.id(), List.of()),
                        fixes(knowledge, cause)))
                .toList();
    }

    private static int score(Cause cause, List<Finding> findings) {
        return cause.likelihood().priorPoints()
                + findings.stream().mapToInt(Finding::points).sum();
    }

    /** Fixes from easy to hard; at the same difficulty the visitor's come before the site owner's. */
    private static List<Fix> fixes(Knowledge knowledge, Cause cause) {
        return knowledge.fixesFor(cause.id()).stream()
                .sorted(Comparator.comparing(Fix::difficulty).thenComparing(Fix::audience))
                .toList();
    }

    /**
     * The confidences {@link #of} would give these findings, without ordering causes or looking up fixes: what
     * weighing a question needs, for every answer it simulates.
     */
    static Map<String, Double> confidences(Knowledge knowledge, List<Finding> findings) {
        Map<String, Integer> points = new LinkedHashMap<>();
        Set<String> ruledOut = new java.util.HashSet<>();
        for (Finding finding : findings) {
            points.merge(finding.cause(), finding.points(), Integer::sum);
            if (finding.kind() == Finding.Kind.RULES_OUT) {
                ruledOut.add(finding.cause());
            }
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Cause cause : knowledge.causes()) {
            if (!ruledOut.contains(cause.id())) {
                scores.put(cause.id(), cause.likelihood().priorPoints() + points.getOrDefault(cause.id(), 0));
            }
        }
        return shares(scores);
    }

    /** Each score's share of the odds, 2^score / Σ 2^score. */
    private static <K> Map<K, Double> shares(Map<K, Integer> scores) {
        int top = scores.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        // Scaling by the top score keeps 2^score finite however many points the rules add.
        double total = scores.values().stream()
                .mapToDouble(score -> Math.pow(2, score - top))
                .sum();
        Map<K, Double> shares = new LinkedHashMap<>();
        scores.forEach((key, score) -> shares.put(key, Math.pow(2, score - top) / total));
        return shares;
    }

    /** Each cause in play and its confidence, for comparing two rankings. */
    public Map<String, Double> confidences() {
        Map<String, Double> shares = new LinkedHashMap<>();
        causes.forEach(ranked -> shares.put(ranked.cause().id(), ranked.confidence()));
        return shares;
    }
}
