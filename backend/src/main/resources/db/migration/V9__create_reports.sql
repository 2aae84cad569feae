-- Published reports: written once per programme and closed period, already noised and suppressed.
-- Nothing here refers to a member; the reporting code reads only these tables.
CREATE TABLE report_publication (
    id           CHAR(36)     NOT NULL,
    programme_id CHAR(36)     NOT NULL,
    employer_id  CHAR(36)     NOT NULL,
    period       VARCHAR(8)   NOT NULL,
    granularity  VARCHAR(8)   NOT NULL,
    period_start DATE         NOT NULL,
    period_end   DATE         NOT NULL,
    epsilon      DECIMAL(4,2) NOT NULL,
    published_at DATETIME     NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_report_publication (programme_id, period),
    KEY ix_report_publication_employer (employer_id, granularity, period_start)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE report_cell (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    publication_id CHAR(36)      NOT NULL,
    metric         VARCHAR(60)   NOT NULL,
    value          DECIMAL(14,2) NULL,
    status         VARCHAR(24)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_report_cell (publication_id, metric),
    CONSTRAINT fk_report_cell_publication FOREIGN KEY (publication_id) REFERENCES report_publication (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE report_refresh (
    id          BIGINT   NOT NULL AUTO_INCREMENT,
    started_at  DATETIME NOT NULL,
    finished_at DATETIME NULL,
    published   INT      NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
