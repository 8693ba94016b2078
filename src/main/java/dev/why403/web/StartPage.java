package dev.why403.web;

import dev.why403.knowledge.FactDefinition;
import dev.why403.knowledge.FactDefinition.FactValue;
import dev.why403.knowledge.Knowledge;
import dev.why403.knowledge.Topic;
import java.util.List;

/** What the start page shows: the topic, the choices of the paste form, and what was typed with its error. */
public record StartPage(
        Topic topic,
        List<FactValue> methods,
        List<FactValue> credentials,
        PasteForm form,
        String probeUrl,
        FormError error) {

    static StartPage blank(Knowledge knowledge) {
        return withError(knowledge, PasteForm.empty(), FormError.none());
    }

    static StartPage withError(Knowledge knowledge, PasteForm form, FormError error) {
        return new StartPage(
                knowledge.topics().get(0),
                choices(knowledge, "request_method"),
                choices(knowledge, "credentials"),
                form,
                "",
                error);
    }

    static StartPage withProbeError(Knowledge knowledge, String probeUrl, FormError error) {
        StartPage page = withError(knowledge, PasteForm.empty(), error);
        return new StartPage(
                page.topic(), page.methods(), page.credentials(), page.form(), probeUrl == null ? "" : probeUrl, error);
    }

    /** The known values of a fact; "unknown" is left out, since leaving the field empty says the same. */
    private static List<FactValue> choices(Knowledge knowledge, String fact) {
        return knowledge.fact(fact).map(FactDefinition::values).orElse(List.of()).stream()
                .filter(value -> !FactDefinition.UNKNOWN.equals(value.value()))
                .toList();
    }
}
