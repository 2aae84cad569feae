-- Identity lives only here, each value AES-256-GCM encrypted (12-byte nonce + ciphertext + tag)
-- under the key named by key_id; the key itself is never in the database.
CREATE TABLE identity_vault (
    account_id  CHAR(36)       NOT NULL,
    key_id      VARCHAR(32)    NOT NULL,
    legal_name  VARBINARY(1200) NOT NULL,
    birth_date  VARBINARY(100) NOT NULL,
    phone       VARBINARY(200) NULL,
    address     VARBINARY(1500) NULL,
    email       VARBINARY(1200) NOT NULL,
    created_at  DATETIME       NOT NULL,
    updated_at  DATETIME       NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_identity_vault_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every decryption of someone's identity: who read whose, why, and when.
CREATE TABLE identity_vault_read (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    account_id        CHAR(36)    NOT NULL,
    reader_account_id CHAR(36)    NOT NULL,
    reader_role       VARCHAR(20) NOT NULL,
    purpose           VARCHAR(100) NOT NULL,
    read_at           DATETIME    NOT NULL,
    PRIMARY KEY (id),
    KEY ix_identity_vault_read_account (account_id, read_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE enrolment (
    id                   CHAR(36)    NOT NULL,
    account_id           CHAR(36)    NOT NULL,
    programme_id         CHAR(36)    NOT NULL,
    eligibility_entry_id BIGINT      NOT NULL,
    seat_reservation_id  CHAR(36)    NOT NULL,
    location_state       VARCHAR(5)  NOT NULL,
    status               VARCHAR(12) NOT NULL,
    enrolled_at          DATETIME    NOT NULL,
    withdrawn_at         DATETIME    NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_enrolment_account (account_id),
    UNIQUE KEY uk_enrolment_eligibility_entry (eligibility_entry_id),
    KEY ix_enrolment_programme (programme_id, status),
    CONSTRAINT fk_enrolment_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT fk_enrolment_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT fk_enrolment_eligibility_entry FOREIGN KEY (eligibility_entry_id) REFERENCES eligibility_entry (id),
    CONSTRAINT fk_enrolment_seat FOREIGN KEY (seat_reservation_id) REFERENCES seat_reservation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Failed eligibility checks per client, keyed by a keyed hash of the client address (never the address).
CREATE TABLE eligibility_check_failure (
    id         BIGINT   NOT NULL AUTO_INCREMENT,
    client_key CHAR(64) NOT NULL,
    failed_at  DATETIME NOT NULL,
    PRIMARY KEY (id),
    KEY ix_eligibility_check_failure_client (client_key, failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
