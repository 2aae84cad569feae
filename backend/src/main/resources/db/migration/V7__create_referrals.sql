ALTER TABLE provider_profile ADD COLUMN next_available_on DATE NULL;

-- Coarse age at enrolment, the only trace of the birth date outside the vault: what a provider needs before accepting.
ALTER TABLE enrolment ADD COLUMN age_band VARCHAR(8) NULL;

CREATE TABLE care_preference (
    account_id        CHAR(36)   NOT NULL,
    language          VARCHAR(8) NULL,
    language_required BOOLEAN    NOT NULL,
    updated_at        DATETIME   NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_care_preference_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- open_account_id equals account_id while the referral is OFFERED or ACCEPTED and is NULL afterwards:
-- its unique key lets a member hold at most one open referral, whatever races.
CREATE TABLE referral (
    id               CHAR(36)      NOT NULL,
    account_id       CHAR(36)      NOT NULL,
    therapist_id     CHAR(36)      NOT NULL,
    open_account_id  CHAR(36)      NULL,
    status           VARCHAR(12)   NOT NULL,
    location_state   CHAR(2)       NOT NULL,
    chosen_by_member BOOLEAN       NOT NULL,
    reasons          VARCHAR(500)  NOT NULL,
    offered_at       DATETIME      NOT NULL,
    accepted_at      DATETIME      NULL,
    closed_at        DATETIME      NULL,
    close_reason     VARCHAR(30)   NULL,
    close_note       VARCHAR(500)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_referral_open (open_account_id),
    KEY ix_referral_account (account_id, offered_at),
    KEY ix_referral_therapist (therapist_id, status),
    KEY ix_referral_waiting (status, offered_at),
    CONSTRAINT fk_referral_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT fk_referral_therapist FOREIGN KEY (therapist_id) REFERENCES provider_profile (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE provider_invitation (
    id           CHAR(36)     NOT NULL,
    email        VARCHAR(254) NOT NULL,
    display_name VARCHAR(120) NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    invited_by   CHAR(36)     NOT NULL,
    created_at   DATETIME     NOT NULL,
    expires_at   DATETIME     NOT NULL,
    accepted_at  DATETIME     NULL,
    revoked_at   DATETIME     NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_provider_invitation_token (token_hash),
    KEY ix_provider_invitation_created (created_at),
    CONSTRAINT fk_provider_invitation_inviter FOREIGN KEY (invited_by) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The audit log: append-only and hash-chained (each row carries the previous row's hash and its own), so
-- a changed, removed or inserted row breaks the chain at that point. The head row serialises appends.
CREATE TABLE audit_event (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at      DATETIME     NOT NULL,
    actor_account_id CHAR(36)     NULL,
    actor_role       VARCHAR(20)  NULL,
    action           VARCHAR(60)  NOT NULL,
    subject_ref      VARCHAR(64)  NULL,
    outcome          VARCHAR(12)  NOT NULL,
    detail           VARCHAR(300) NULL,
    previous_hash    CHAR(64)     NOT NULL,
    hash             CHAR(64)     NOT NULL,
    PRIMARY KEY (id),
    KEY ix_audit_event_actor (actor_account_id, occurred_at),
    KEY ix_audit_event_subject (subject_ref, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE audit_chain_head (
    id        INT      NOT NULL,
    last_hash CHAR(64) NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO audit_chain_head (id, last_hash) VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000');
