-- Citizen portal: drafts of applications and idempotent submission (H2 and MariaDB).

-- A draft the citizen can resume with a secret link until it expires; only the SHA-256 of the link's token is kept.
CREATE TABLE portal_draft (
    token_hash       VARCHAR(64)  NOT NULL,
    service_id       VARCHAR(16)  NOT NULL,
    municipality_ags VARCHAR(8),
    form_data        LONGTEXT     NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    expires_at       DATETIME(6)  NOT NULL,
    CONSTRAINT pk_portal_draft PRIMARY KEY (token_hash)
);
CREATE INDEX ix_portal_draft_expires ON portal_draft (expires_at);

-- One row per submitted application form: the unique key makes a double click or a retried request open one case.
-- key_hash is the SHA-256 of the form's idempotency key; sealed_token the tracking token encrypted under a key
-- derived from the idempotency key (only the citizen's browser has it), so that a retry shows the same receipt.
CREATE TABLE portal_submission (
    key_hash     VARCHAR(64)  NOT NULL,
    case_number  VARCHAR(32),
    sealed_token VARCHAR(200),
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_portal_submission PRIMARY KEY (key_hash)
);
