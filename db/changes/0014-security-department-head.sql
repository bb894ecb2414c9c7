--liquibase formatted sql

--changeset anwei:0014-1
--comment: A department user who heads the department (部门负责人): receives the 督办 escalations, not the routine task notices.
ALTER TABLE app_user ADD COLUMN department_head BOOLEAN DEFAULT FALSE NOT NULL;
--rollback ALTER TABLE app_user DROP COLUMN department_head;
