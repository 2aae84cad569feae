-- The request that caused each audit row, so a row leads back to the request's logs and answer.
ALTER TABLE audit_event ADD COLUMN request_id VARCHAR(64) NULL;
