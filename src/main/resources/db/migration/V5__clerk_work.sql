-- Clerks' work (issue 6): internal notes in the case file, absences with a named substitute, and the record of which
-- overdue task was escalated to the team lead. Written once for H2 and MariaDB (DATE, DATETIME(6), sequences).

-- An internal note of the authority on a case; never shown to the citizen, never changed once written.
CREATE SEQUENCE case_note_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE case_note (
    id         BIGINT        NOT NULL,
    case_id    BIGINT        NOT NULL,
    author     VARCHAR(64)   NOT NULL,
    body       VARCHAR(4000) NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    CONSTRAINT pk_case_note PRIMARY KEY (id),
    CONSTRAINT fk_case_note_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_note_case ON case_note (case_id, created_at);

-- A clerk is absent from first_day to last_day (both inclusive, German calendar days); their tasks of this authority
-- go to the substitute meanwhile.
CREATE SEQUENCE clerk_absence_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE clerk_absence (
    id            BIGINT       NOT NULL,
    authority_id  VARCHAR(64)  NOT NULL,
    user_id       VARCHAR(64)  NOT NULL,
    substitute_id VARCHAR(64)  NOT NULL,
    first_day     DATE         NOT NULL,
    last_day      DATE         NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT pk_clerk_absence PRIMARY KEY (id),
    CONSTRAINT ck_clerk_absence_days CHECK (first_day <= last_day)
);
CREATE INDEX ix_clerk_absence_user ON clerk_absence (user_id, last_day);
CREATE INDEX ix_clerk_absence_authority ON clerk_absence (authority_id, last_day);

-- One row per escalated task: the primary key makes the escalation happen once, also with several instances
-- of the application running the job at the same time.
CREATE TABLE task_escalation (
    task_id      VARCHAR(64)  NOT NULL,
    authority_id VARCHAR(64),
    case_id      BIGINT,
    due_date     DATETIME(6),
    escalated_at DATETIME(6)  NOT NULL,
    CONSTRAINT pk_task_escalation PRIMARY KEY (task_id)
);
CREATE INDEX ix_task_escalation_authority ON task_escalation (authority_id, escalated_at);
