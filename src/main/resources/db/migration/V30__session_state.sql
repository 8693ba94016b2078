-- The state a session was left in by its last evaluation that was saved (open: a question is pending; finished:
-- none is). Sessions saved before this column existed keep NULL until they are answered again.
ALTER TABLE diagnosis_session ADD COLUMN state VARCHAR(16);

CREATE INDEX diagnosis_session_state ON diagnosis_session (state);

-- Notes help-desk agents add to a session in the console; shown oldest first.
CREATE TABLE session_note (
    id         VARCHAR(36)   NOT NULL PRIMARY KEY,
    session_id VARCHAR(36)   NOT NULL REFERENCES diagnosis_session (id) ON DELETE CASCADE,
    author     VARCHAR(128)  NOT NULL,
    note_text  VARCHAR(8192) NOT NULL,
    created_at TIMESTAMP     NOT NULL
);

CREATE INDEX session_note_session ON session_note (session_id, created_at);
