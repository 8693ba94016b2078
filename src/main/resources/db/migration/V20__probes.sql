-- The probes of a session: each probe's result with every credential already replaced by [redacted]. The facts
-- are drawn from them on every read, like those of a pasted response. A new probe run replaces the previous one.
CREATE TABLE session_probe (
    id          VARCHAR(36)      NOT NULL PRIMARY KEY,
    session_id  VARCHAR(36)      NOT NULL REFERENCES diagnosis_session (id) ON DELETE CASCADE,
    run_at      TIMESTAMP        NOT NULL,
    probe_order INTEGER          NOT NULL,
    probe_id    VARCHAR(64)      NOT NULL,
    status      INTEGER,
    millis      BIGINT           NOT NULL,
    result      VARCHAR(1048576) NOT NULL
);

CREATE INDEX session_probe_session ON session_probe (session_id, probe_order);
