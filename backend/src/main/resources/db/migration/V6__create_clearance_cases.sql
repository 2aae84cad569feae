-- One medical clearance case per member: queued for prescribers licensed in the member's state.
CREATE TABLE clearance_case (
    id                CHAR(36)      NOT NULL,
    account_id        CHAR(36)      NOT NULL,
    location_state    VARCHAR(5)    NOT NULL,
    urgent            BOOLEAN       NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    prescriber_id     CHAR(36)      NULL,
    setting           VARCHAR(20)   NULL,
    message_to_member VARCHAR(1000) NULL,
    queued_at         DATETIME      NOT NULL,
    accepted_at       DATETIME      NULL,
    decided_at        DATETIME      NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_clearance_case_account (account_id),
    KEY ix_clearance_case_queue (status, location_state, urgent, queued_at),
    KEY ix_clearance_case_prescriber (prescriber_id, status),
    CONSTRAINT fk_clearance_case_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
