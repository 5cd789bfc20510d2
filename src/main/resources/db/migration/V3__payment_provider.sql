-- E-Payment: payments remember the provider they are paid at, and the built-in ePayBL-style platform keeps its own
-- records. Written once for H2 and MariaDB (one column per ALTER statement, DATETIME(6), sequences).

ALTER TABLE payment ADD COLUMN case_number VARCHAR(32);
ALTER TABLE payment ADD COLUMN authority_id VARCHAR(64);
ALTER TABLE payment ADD COLUMN provider_name VARCHAR(40);
ALTER TABLE payment ADD COLUMN provider_payment_id VARCHAR(100);
ALTER TABLE payment ADD COLUMN provider_redirect_url VARCHAR(1000);
ALTER TABLE payment ADD COLUMN checkout_at DATETIME(6);
ALTER TABLE payment ADD COLUMN refunded_at DATETIME(6);
ALTER TABLE payment ADD COLUMN refund_id VARCHAR(100);

-- payments requested before this version: case number and payee from their case
UPDATE payment SET
    case_number  = (SELECT c.case_number FROM case_file c WHERE c.id = payment.case_id),
    authority_id = (SELECT c.authority_id FROM case_file c WHERE c.id = payment.case_id);

ALTER TABLE payment ADD CONSTRAINT uk_payment_provider_payment UNIQUE (provider_name, provider_payment_id);
CREATE INDEX ix_payment_case ON payment (case_id, status);
CREATE INDEX ix_payment_open_checkout ON payment (status, checkout_at);
CREATE INDEX ix_payment_authority_created ON payment (authority_id, created_at);
CREATE INDEX ix_payment_authority_paid ON payment (authority_id, paid_at);
CREATE INDEX ix_payment_authority_refunded ON payment (authority_id, refunded_at);

-- The built-in platform's side (epaybl-simulator). In a real installation this lives at the platform operator.
CREATE SEQUENCE epay_sim_payment_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE epay_sim_payment (
    id                  BIGINT        NOT NULL,
    provider_payment_id VARCHAR(40)   NOT NULL,
    reference           VARCHAR(40)   NOT NULL,
    case_number         VARCHAR(32)   NOT NULL,
    payee               VARCHAR(255)  NOT NULL,
    purpose             VARCHAR(255)  NOT NULL,
    amount              DECIMAL(12,2) NOT NULL,
    currency            CHAR(3)       NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    payment_method      VARCHAR(20),
    transaction_id      VARCHAR(100),
    callback_url        VARCHAR(1000) NOT NULL,
    return_url          VARCHAR(1000),
    created_at          DATETIME(6)   NOT NULL,
    paid_at             DATETIME(6),
    refund_id           VARCHAR(100),
    refunded_at         DATETIME(6),
    aborted_attempts    INT           NOT NULL,
    callback_outcome    VARCHAR(16),
    callback_attempts   INT           NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_epay_sim_payment PRIMARY KEY (id),
    CONSTRAINT uk_epay_sim_payment_id UNIQUE (provider_payment_id),
    CONSTRAINT uk_epay_sim_transaction UNIQUE (transaction_id)
);
CREATE INDEX ix_epay_sim_payment_reference ON epay_sim_payment (reference);
