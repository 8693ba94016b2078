package dev.why403.web;

import dev.why403.observation.Observation;
import dev.why403.probe.ProbeResult;
import dev.why403.session.SessionNote;
import dev.why403.session.SessionView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One session as an agent sees it in the console: the case, its transcript and the notes kept on it. */
public record ConsoleCase(SessionView view, List<EarlierAnswer> answers, List<SessionNote> notes) {

    /** Reference ids from the pasted response and from the probes, each shown once. */
    public List<Observation.VendorReference> references() {
        List<Observation.VendorReference> all = new ArrayList<>();
        view.observation().ifPresent(observation -> all.addAll(observation.references()));
        all.addAll(view.probes().references());

        Map<String, Observation.VendorReference> byLabelAndValue = new LinkedHashMap<>();
        all.forEach(reference -> byLabelAndValue.putIfAbsent(reference.label() + "\n" + reference.value(), reference));
        return List.copyOf(byLabelAndValue.values());
    }

    public List<ProbeResult> probes() {
        return view.probes().results();
    }

    public String state() {
        return view.diagnosis().nextQuestion().isPresent() ? "open" : "finished";
    }

    public String reply() {
        return CaseTexts.reply(this);
    }

    public String internalNote() {
        return CaseTexts.internal(this);
    }

    public String resultLink() {
        return Links.result(view.id());
    }
}
