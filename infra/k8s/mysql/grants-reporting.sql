-- Read-only reporting account, run after the portal's first start: MySQL refuses a table-level
-- GRANT on a table that does not exist yet, and Flyway creates these two at start-up.
-- Same statements as infra/README.md ("A reporting account"); run as root on the primary.
--
-- It reads the two published report tables and nothing else, so it can never reach members,
-- the identity vault or questionnaire answers.

CREATE USER IF NOT EXISTS 'kap_reporting'@'%' IDENTIFIED BY '@KAP_REPORTING_PASSWORD@';
GRANT SELECT ON kap_portal.report_publication TO 'kap_reporting'@'%';
GRANT SELECT ON kap_portal.report_cell TO 'kap_reporting'@'%';
-- no grant on user_account, enrolment, identity_vault, questionnaire_response, care_session or any other table
