package dev.why403.web;

import dev.why403.diagnosis.Diagnosis;
import dev.why403.diagnosis.Fact;
import dev.why403.diagnosis.RankedCause;
import dev.why403.observation.Observation;
import dev.why403.session.SessionView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The result page: the diagnosis, what it rests on, the references to pass on, and the page's lasting address. */
public record ResultPage(
        String id,
        String link,
        String release,
        Diagnosis diagnosis,
        List<Fact> facts,
        List<EarlierAnswer> answers,
        List<Observation.MatchedSignature> signatures,
        List<Observation.VendorReference> references,
        boolean pasted) {

    /** Causes shown in full, with their fixes; the rest are listed briefly below them. */
    static final int LEADING = 3;

    static ResultPage of(SessionView view, List<EarlierAnswer> answers, String link) {
        Observation observation = view.observation().orElse(new Observation(List.of(), List.of(), List.of()));
        return new ResultPage(
                view.id(),
                link,
                view.release(),
                view.diagnosis(),
                view.facts(),
                answers,
                observation.signatures(),
                distinct(references(observation, view)),
                view.response().isPresent());
    }

    /** The ids in the pasted response first, then those the probes found. */
    private static List<Observation.VendorReference> references(Observation observation, SessionView view) {
        List<Observation.VendorReference> all = new java.util.ArrayList<>(observation.references());
        all.addAll(view.probes().references());
        return all;
    }

    /** Several signatures can find the same id; it is shown once. */
    private static List<Observation.VendorReference> distinct(List<Observation.VendorReference> references) {
        Map<String, Observation.VendorReference> byLabelAndValue = new LinkedHashMap<>();
        references.forEach(
                reference -> byLabelAndValue.putIfAbsent(reference.label() + "\n" + reference.value(), reference));
        return List.copyOf(byLabelAndValue.values());
    }

    public List<RankedCause> leading() {
        return diagnosis.causes().stream().limit(LEADING).toList();
    }

    public List<RankedCause> others() {
        return diagnosis.causes().stream().skip(LEADING).toList();
    }

    public boolean moreQuestions() {
        return diagnosis.nextQuestion().isPresent();
    }

    public String questionsLink() {
        return Links.session(id);
    }
}
