-- Case files (Vorgänge) and everything that belongs to them. Written once for H2 and MariaDB:
-- DATETIME, LONGTEXT and LONGBLOB are understood by both; ids come from sequences (MariaDB >= 10.3).
-- Character set: the MariaDB database is created with utf8mb4 (see README), so these tables inherit it.

CREATE SEQUENCE case_file_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE case_status_change_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE case_document_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE audit_entry_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE payment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE case_file (
    id                     BIGINT       NOT NULL,
    case_number            VARCHAR(32)  NOT NULL,
    service_id             VARCHAR(16)  NOT NULL,
    service_name           VARCHAR(255) NOT NULL,
    process_definition_key VARCHAR(64)  NOT NULL,
    authority_id           VARCHAR(64)  NOT NULL,
    municipality_ags       VARCHAR(8)   NOT NULL,
    first_name             VARCHAR(100),
    last_name              VARCHAR(100) NOT NULL,
    street                 VARCHAR(200),
    house_number           VARCHAR(20),
    postal_code            VARCHAR(5),
    city                   VARCHAR(100),
    email                  VARCHAR(254),
    phone                  VARCHAR(40),
    form_data              LONGTEXT     NOT NULL,
    status                 VARCHAR(32)  NOT NULL,
    tracking_token_hash    VARCHAR(64)  NOT NULL,
    process_instance_id    VARCHAR(64),
    submitted_at           DATETIME(6)  NOT NULL,
    closed_at              DATETIME(6),
    version                BIGINT       NOT NULL,
    CONSTRAINT pk_case_file PRIMARY KEY (id),
    CONSTRAINT uk_case_file_number UNIQUE (case_number),
    CONSTRAINT uk_case_file_tracking UNIQUE (tracking_token_hash)
);
CREATE INDEX ix_case_file_authority_status ON case_file (authority_id, status);
CREATE INDEX ix_case_file_process_instance ON case_file (process_instance_id);

CREATE TABLE case_status_change (
    id         BIGINT       NOT NULL,
    case_id    BIGINT       NOT NULL,
    status     VARCHAR(32)  NOT NULL,
    changed_at DATETIME(6)  NOT NULL,
    actor      VARCHAR(64)  NOT NULL,
    note       VARCHAR(2000),
    CONSTRAINT pk_case_status_change PRIMARY KEY (id),
    CONSTRAINT fk_case_status_change_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_status_change_case ON case_status_change (case_id, changed_at);

CREATE TABLE case_document (
    id           BIGINT       NOT NULL,
    case_id      BIGINT       NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    notice_kind  VARCHAR(32),
    notice_key   VARCHAR(128),
    evidence_key VARCHAR(64),
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content      LONGBLOB     NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    CONSTRAINT pk_case_document PRIMARY KEY (id),
    CONSTRAINT fk_case_document_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    -- a notice exists once per case and key (its kind, or kind and request): a job that runs twice must not make two
    CONSTRAINT uk_case_document_notice UNIQUE (case_id, notice_key)
);

CREATE TABLE audit_entry (
    id          BIGINT        NOT NULL,
    case_id     BIGINT        NOT NULL,
    occurred_at DATETIME(6)   NOT NULL,
    actor       VARCHAR(64)   NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    detail      VARCHAR(2000),
    CONSTRAINT pk_audit_entry PRIMARY KEY (id),
    CONSTRAINT fk_audit_entry_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_audit_entry_case ON audit_entry (case_id, occurred_at);

CREATE TABLE case_number_counter (
    authority_id VARCHAR(64) NOT NULL,
    counter_year INT         NOT NULL,
    last_value   BIGINT      NOT NULL,
    CONSTRAINT pk_case_number_counter PRIMARY KEY (authority_id, counter_year)
);

CREATE TABLE payment (
    id                      BIGINT        NOT NULL,
    case_id                 BIGINT        NOT NULL,
    reference               VARCHAR(40)   NOT NULL,
    amount                  DECIMAL(12,2) NOT NULL,
    currency                CHAR(3)       NOT NULL,
    status                  VARCHAR(16)   NOT NULL,
    created_at              DATETIME(6)   NOT NULL,
    paid_at                 DATETIME(6),
    provider_transaction_id VARCHAR(100),
    version                 BIGINT        NOT NULL,
    CONSTRAINT pk_payment PRIMARY KEY (id),
    CONSTRAINT fk_payment_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT uk_payment_reference UNIQUE (reference),
    CONSTRAINT uk_payment_provider_tx UNIQUE (provider_transaction_id)
);
