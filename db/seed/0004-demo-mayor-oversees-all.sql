--liquibase formatted sql

--changeset anwei:demo-0004-01 context:demo
--comment: The demo mayor oversees every department (an explicit choice since 0017).
UPDATE app_user SET oversees_all = TRUE WHERE username = 'mayor';
--rollback UPDATE app_user SET oversees_all = FALSE WHERE username = 'mayor';
