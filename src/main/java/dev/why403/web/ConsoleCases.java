package dev.why403.web;

import dev.why403.release.CurrentRelease;
import dev.why403.session.NoteService;
import dev.why403.session.SessionService;
import dev.why403.session.SessionView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Reads a session with everything the console shows of it. */
@ApplicationScoped
class ConsoleCases {

    private final SessionService sessions;
    private final NoteService notes;
    private final CurrentRelease releases;

    ConsoleCases(SessionService sessions, NoteService notes, CurrentRelease releases) {
        this.sessions = sessions;
        this.notes = notes;
        this.releases = releases;
    }

    ConsoleCase read(String id) {
        SessionView view = sessions.get(id);
        List<EarlierAnswer> answers = view.answers().stream()
                .map(answer -> EarlierAnswer.of(id, answer, releases.get().knowledge()))
                .toList();
        return new ConsoleCase(view, answers, notes.notes(id));
    }
}
