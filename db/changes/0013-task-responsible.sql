--liquibase formatted sql

--changeset anwei:0013-1
--comment: The persons responsible for a task in the lead department (责任人), named by the department or staff.
ALTER TABLE task ADD COLUMN responsible_persons VARCHAR(200) NULL;
--rollback ALTER TABLE task DROP COLUMN responsible_persons;
