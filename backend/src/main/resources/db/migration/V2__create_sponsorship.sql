ALTER TABLE employer ADD COLUMN contact_name VARCHAR(120) NULL;
ALTER TABLE employer ADD COLUMN contact_email VARCHAR(254) NULL;
ALTER TABLE employer ADD COLUMN billing_email VARCHAR(254) NULL;

-- Single-use invitation of an HR admin; the link's token is stored only as its SHA-256.
CREATE TABLE hr_invitation (
    id           CHAR(36)     NOT NULL,
    employer_id  CHAR(36)     NOT NULL,
    email        VARCHAR(254) NOT NULL,
    display_name VARCHAR(120) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    invited_by   CHAR(36)     NOT NULL,
    created_at   DATETIME     NOT NULL,
    expires_at   DATETIME     NOT NULL,
    accepted_at  DATETIME     NULL,
    revoked_at   DATETIME     NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_hr_invitation_token (token_hash),
    KEY ix_hr_invitation_employer (employer_id, created_at),
    CONSTRAINT fk_hr_invitation_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    CONSTRAINT fk_hr_invitation_inviter FOREIGN KEY (invited_by) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE programme (
    id                   CHAR(36)     NOT NULL,
    employer_id          CHAR(36)     NOT NULL,
    name                 VARCHAR(120) NOT NULL,
    starts_on            DATE         NOT NULL,
    ends_on              DATE         NOT NULL,
    package_hours        INT          NOT NULL,
    price_per_seat_cents BIGINT       NOT NULL,
    covered_services     VARCHAR(200) NOT NULL,
    states               VARCHAR(20)  NOT NULL,
    status               VARCHAR(10)  NOT NULL,
    enrolment_code       VARCHAR(16)  NULL,
    activated_at         DATETIME     NULL,
    closed_at            DATETIME     NULL,
    created_at           DATETIME     NOT NULL,
    created_by           CHAR(36)     NOT NULL,
    updated_at           DATETIME     NOT NULL,
    updated_by           CHAR(36)     NOT NULL,
    version              BIGINT       NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_programme_enrolment_code (enrolment_code),
    KEY ix_programme_employer (employer_id, created_at),
    CONSTRAINT fk_programme_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    CONSTRAINT ck_programme_dates CHECK (ends_on > starts_on),
    CONSTRAINT ck_programme_terms CHECK (package_hours > 0 AND price_per_seat_cents >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE programme_change (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    programme_id CHAR(36)     NOT NULL,
    changed_by   CHAR(36)     NOT NULL,
    changed_at   DATETIME     NOT NULL,
    description  VARCHAR(500) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_programme_change_programme (programme_id, changed_at),
    CONSTRAINT fk_programme_change_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The seat ledger. Seats and seats in use share one row so a single conditional UPDATE can
-- take the last seat; the CHECK makes overselling impossible even for a buggy caller.
CREATE TABLE seat_pool (
    programme_id CHAR(36) NOT NULL,
    seats        INT      NOT NULL,
    seats_used   INT      NOT NULL,
    is_open      BOOLEAN  NOT NULL,
    PRIMARY KEY (programme_id),
    CONSTRAINT fk_seat_pool_programme FOREIGN KEY (programme_id) REFERENCES programme (id),
    CONSTRAINT ck_seat_pool_bounds CHECK (seats > 0 AND seats_used >= 0 AND seats_used <= seats)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE seat_purchase (
    id           BIGINT   NOT NULL AUTO_INCREMENT,
    programme_id CHAR(36) NOT NULL,
    seats_added  INT      NOT NULL,
    purchased_at DATETIME NOT NULL,
    PRIMARY KEY (id),
    KEY ix_seat_purchase_programme (programme_id, purchased_at),
    CONSTRAINT fk_seat_purchase_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- holder_ref is an opaque reference of the enrolment holding the seat, never a person's identity.
CREATE TABLE seat_reservation (
    id           CHAR(36) NOT NULL,
    programme_id CHAR(36) NOT NULL,
    holder_ref   CHAR(36) NOT NULL,
    reserved_at  DATETIME NOT NULL,
    released_at  DATETIME NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_seat_reservation_holder (programme_id, holder_ref),
    KEY ix_seat_reservation_time (programme_id, reserved_at),
    CONSTRAINT fk_seat_reservation_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE package_hours_entry (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    reservation_id CHAR(36)     NOT NULL,
    hours          DECIMAL(6, 2) NOT NULL,
    recorded_at    DATETIME     NOT NULL,
    PRIMARY KEY (id),
    KEY ix_package_hours_entry_reservation (reservation_id, recorded_at),
    CONSTRAINT fk_package_hours_entry_reservation FOREIGN KEY (reservation_id) REFERENCES seat_reservation (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE eligibility_upload (
    id            CHAR(36)    NOT NULL,
    programme_id  CHAR(36)    NOT NULL,
    uploaded_by   CHAR(36)    NOT NULL,
    uploaded_at   DATETIME    NOT NULL,
    mode          VARCHAR(10) NOT NULL,
    rows_accepted INT         NOT NULL,
    PRIMARY KEY (id),
    KEY ix_eligibility_upload_programme (programme_id, uploaded_at),
    CONSTRAINT fk_eligibility_upload_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Identifiers exist here only as HMAC-SHA-256 under the server's lookup key.
CREATE TABLE eligibility_entry (
    id                  BIGINT   NOT NULL AUTO_INCREMENT,
    programme_id        CHAR(36) NOT NULL,
    identifier_hash     CHAR(64) NOT NULL,
    date_of_birth_hash  CHAR(64) NULL,
    upload_id           CHAR(36) NOT NULL,
    is_active           BOOLEAN  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_eligibility_entry_identifier (programme_id, identifier_hash),
    KEY ix_eligibility_entry_upload (programme_id, upload_id),
    CONSTRAINT fk_eligibility_entry_programme FOREIGN KEY (programme_id) REFERENCES programme (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
