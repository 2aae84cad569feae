ALTER TABLE provider_profile ADD COLUMN capacity INT NOT NULL DEFAULT 10;
ALTER TABLE provider_profile ADD COLUMN modalities VARCHAR(100) NOT NULL DEFAULT 'TELEHEALTH';
ALTER TABLE provider_profile ADD COLUMN status VARCHAR(12) NOT NULL DEFAULT 'ACTIVE';
ALTER TABLE provider_licence ADD COLUMN rejected_at DATETIME NULL;
ALTER TABLE provider_licence ADD COLUMN rejected_by CHAR(36) NULL;
ALTER TABLE provider_licence ADD COLUMN rejection_reason VARCHAR(300) NULL;
CREATE INDEX ix_provider_licence_expiry ON provider_licence (expires_on);
