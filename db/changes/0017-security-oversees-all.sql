--liquibase formatted sql

--changeset anwei:0017-1
--comment: A leader oversees all departments only by an explicit choice; an empty list of overseen departments now means none. Leaders who had an empty list (which meant all) keep seeing all.
ALTER TABLE app_user ADD COLUMN oversees_all BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE app_user SET oversees_all = TRUE
 WHERE id IN (SELECT user_id FROM app_user_role WHERE role = 'LEADER')
   AND id NOT IN (SELECT user_id FROM app_user_oversight);
--rollback ALTER TABLE app_user DROP COLUMN oversees_all;
