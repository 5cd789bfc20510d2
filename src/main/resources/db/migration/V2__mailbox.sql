-- The citizen's mailbox (Postfach): messages from the authority to the citizen and back.
CREATE SEQUENCE case_message_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE case_message (
    id          BIGINT        NOT NULL,
    case_id     BIGINT        NOT NULL,
    direction   VARCHAR(16)   NOT NULL,
    template    VARCHAR(160),
    subject     VARCHAR(255)  NOT NULL,
    body        LONGTEXT      NOT NULL,
    document_id BIGINT,
    created_at  DATETIME(6)   NOT NULL,
    read_at     DATETIME(6),
    CONSTRAINT pk_case_message PRIMARY KEY (id),
    CONSTRAINT fk_case_message_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_case_message_document FOREIGN KEY (document_id) REFERENCES case_document (id),
    -- a message from a template is sent once per case and key: a retried job must not send it twice
    CONSTRAINT uk_case_message_once UNIQUE (case_id, template)
);
CREATE INDEX ix_case_message_case ON case_message (case_id, created_at);
