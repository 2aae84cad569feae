-- The portal's account on the InnoDB Cluster: the statements of infra/README.md ("The database
-- account"). Run once as root on the primary (router port 3306), before the portal's first
-- start; ../README.md shows how. The password placeholder is replaced by sed at run time, so
-- no password is ever written into this repository. grants-reporting.sql comes later.
--
-- '%' as host: MySQL sees connections coming from the router pods, whose addresses change on
-- every restart. The NetworkPolicy in ../base limits who can reach the routers instead.

CREATE DATABASE IF NOT EXISTS kap_portal CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;

CREATE USER IF NOT EXISTS 'kap_app'@'%' IDENTIFIED BY '@KAP_APP_PASSWORD@';
-- data access at run time
GRANT SELECT, INSERT, UPDATE, DELETE ON kap_portal.* TO 'kap_app'@'%';
-- schema changes made by Flyway at start-up (REFERENCES: foreign keys, MySQL 8.0.22+)
GRANT CREATE, ALTER, DROP, INDEX, REFERENCES ON kap_portal.* TO 'kap_app'@'%';
-- the audit log's append-only triggers, created by the portal at start-up
GRANT TRIGGER ON kap_portal.* TO 'kap_app'@'%';
