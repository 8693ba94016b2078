-- A diagnosis session keeps what the user gave (request, pasted response, facts, answers); the diagnosis itself
-- is computed from them on every read, so a new release re-diagnoses old sessions without a migration.
CREATE TABLE diagnosis_session (
    id                  VARCHAR(36)      NOT NULL PRIMARY KEY,
    created_at          TIMESTAMP        NOT NULL,
    updated_at          TIMESTAMP        NOT NULL,
    release_version     VARCHAR(64)      NOT NULL,
    request_method      VARCHAR(16),
    request_url         VARCHAR(4096),
    request_credentials VARCHAR(32),
    response_raw        VARCHAR(1048576),
    given_facts         VARCHAR(1048576) NOT NULL,
    answers             VARCHAR(1048576) NOT NULL,
    top_cause           VARCHAR(64),
    vendors             VARCHAR(512),
    row_version         BIGINT           NOT NULL
);

CREATE INDEX diagnosis_session_created ON diagnosis_session (created_at);
CREATE INDEX diagnosis_session_top_cause ON diagnosis_session (top_cause);
