CREATE TABLE employer (
    id           CHAR(36)     NOT NULL,
    legal_name   VARCHAR(200) NOT NULL,
    display_name VARCHAR(120) NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    created_at   DATETIME     NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The sign-in e-mail is stored only as HMAC-SHA-256 (hex) under the server's lookup key.
CREATE TABLE user_account (
    id            CHAR(36)     NOT NULL,
    sign_in_key   CHAR(64)     NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role          VARCHAR(20)  NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    employer_id   CHAR(36)     NULL,
    status        VARCHAR(20)  NOT NULL,
    created_at    DATETIME     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_user_account_sign_in_key (sign_in_key),
    KEY ix_user_account_employer_role (employer_id, role),
    CONSTRAINT fk_user_account_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    CONSTRAINT ck_user_account_employer_binding CHECK (
        (role IN ('HR_ADMIN', 'MEMBER') AND employer_id IS NOT NULL)
        OR (role IN ('PLATFORM_ADMIN', 'PROVIDER') AND employer_id IS NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE refresh_token (
    id         CHAR(36) NOT NULL,
    user_id    CHAR(36) NOT NULL,
    family_id  CHAR(36) NOT NULL,
    token_hash CHAR(64) NOT NULL,
    issued_at  DATETIME NOT NULL,
    expires_at DATETIME NOT NULL,
    revoked_at DATETIME NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_refresh_token_hash (token_hash),
    KEY ix_refresh_token_family (family_id),
    CONSTRAINT fk_refresh_token_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE sign_in_failure (
    id          BIGINT   NOT NULL AUTO_INCREMENT,
    sign_in_key CHAR(64) NOT NULL,
    failed_at   DATETIME NOT NULL,
    PRIMARY KEY (id),
    KEY ix_sign_in_failure_key_time (sign_in_key, failed_at),
    KEY ix_sign_in_failure_time (failed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE provider_profile (
    id           CHAR(36)     NOT NULL,
    account_id   CHAR(36)     NOT NULL,
    display_name VARCHAR(120) NOT NULL,
    kind         VARCHAR(20)  NOT NULL,
    credentials  VARCHAR(200) NOT NULL,
    time_zone    VARCHAR(60)  NOT NULL,
    created_at   DATETIME     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_provider_profile_account (account_id),
    CONSTRAINT fk_provider_profile_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE provider_language (
    id            BIGINT     NOT NULL AUTO_INCREMENT,
    provider_id   CHAR(36)   NOT NULL,
    language_code VARCHAR(8) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_provider_language (provider_id, language_code),
    CONSTRAINT fk_provider_language_provider FOREIGN KEY (provider_id) REFERENCES provider_profile (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE provider_licence (
    id             CHAR(36)    NOT NULL,
    provider_id    CHAR(36)    NOT NULL,
    state          CHAR(2)     NOT NULL,
    licence_type   VARCHAR(60) NOT NULL,
    licence_number VARCHAR(60) NOT NULL,
    issued_on      DATE        NOT NULL,
    expires_on     DATE        NOT NULL,
    verified_by    CHAR(36)    NULL,
    verified_at    DATETIME    NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_provider_licence_number (state, licence_type, licence_number),
    KEY ix_provider_licence_provider (provider_id),
    CONSTRAINT fk_provider_licence_provider FOREIGN KEY (provider_id) REFERENCES provider_profile (id),
    CONSTRAINT fk_provider_licence_verifier FOREIGN KEY (verified_by) REFERENCES user_account (id),
    CONSTRAINT ck_provider_licence_dates CHECK (expires_on >= issued_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
