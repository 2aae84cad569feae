-- Weekly availability in the provider's own time zone, and days off; bookable slots are derived from both.
CREATE TABLE provider_weekly_window (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    provider_id CHAR(36)    NOT NULL,
    day_of_week VARCHAR(9)  NOT NULL,
    starts_at   TIME        NOT NULL,
    ends_at     TIME        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_provider_weekly_window_provider (provider_id),
    CONSTRAINT fk_provider_weekly_window_provider FOREIGN KEY (provider_id) REFERENCES provider_profile (id),
    CONSTRAINT ck_provider_weekly_window_order CHECK (ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE provider_day_off (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    provider_id CHAR(36)     NOT NULL,
    off_on      DATE         NOT NULL,
    note        VARCHAR(200) NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_provider_day_off (provider_id, off_on),
    CONSTRAINT fk_provider_day_off_provider FOREIGN KEY (provider_id) REFERENCES provider_profile (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every instant in UTC, whole seconds.
CREATE TABLE care_session (
    id                  CHAR(36)     NOT NULL,
    account_id          CHAR(36)     NOT NULL,
    therapist_id        CHAR(36)     NOT NULL,
    referral_id         CHAR(36)     NOT NULL,
    kind                VARCHAR(12)  NOT NULL,
    status              VARCHAR(12)  NOT NULL,
    starts_at           DATETIME     NOT NULL,
    ends_at             DATETIME     NOT NULL,
    hours               DECIMAL(4,2) NOT NULL,
    location_state      CHAR(2)      NOT NULL,
    setting             VARCHAR(20)  NULL,
    sitter_name         VARCHAR(120) NULL,
    medicine_session_id CHAR(36)     NULL,
    meeting_code        CHAR(43)     NOT NULL,
    booked_at           DATETIME     NOT NULL,
    cancelled_by        VARCHAR(10)  NULL,
    cancel_reason       VARCHAR(500) NULL,
    cancelled_at        DATETIME     NULL,
    late_cancellation   BOOLEAN      NOT NULL,
    completed_at        DATETIME     NULL,
    PRIMARY KEY (id),
    KEY ix_care_session_therapist (therapist_id, starts_at),
    KEY ix_care_session_account (account_id, starts_at),
    KEY ix_care_session_status (status, ends_at),
    CONSTRAINT fk_care_session_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT fk_care_session_therapist FOREIGN KEY (therapist_id) REFERENCES provider_profile (id),
    CONSTRAINT ck_care_session_order CHECK (ends_at > starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE follow_up (
    id           CHAR(36)    NOT NULL,
    account_id   CHAR(36)    NOT NULL,
    timepoint    VARCHAR(20) NOT NULL,
    due_at       DATETIME    NOT NULL,
    completed_at DATETIME    NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_follow_up (account_id, timepoint),
    KEY ix_follow_up_due (completed_at, due_at),
    CONSTRAINT fk_follow_up_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- In-app reminders; the unique key makes each one once, however many instances sweep.
CREATE TABLE care_reminder (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    account_id  CHAR(36)    NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    subject_ref CHAR(36)    NOT NULL,
    created_at  DATETIME    NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_care_reminder (account_id, kind, subject_ref)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- E-mails waiting to be sent: a template name only, never a health detail; the address is read from the vault when sending.
CREATE TABLE email_outbox (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    account_id CHAR(36)    NOT NULL,
    template   VARCHAR(40) NOT NULL,
    created_at DATETIME    NOT NULL,
    sent_at    DATETIME    NULL,
    PRIMARY KEY (id),
    KEY ix_email_outbox_unsent (sent_at, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

ALTER TABLE questionnaire_response ADD COLUMN timepoint VARCHAR(20) NOT NULL DEFAULT 'BASELINE';
