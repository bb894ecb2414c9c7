--liquibase formatted sql

--changeset anwei:0018-1
--comment: The headings a task's sentence stands under in its document (一、… / （二）…), one per line: what a department sees of the source instead of the neighbouring text.
ALTER TABLE task ADD COLUMN source_headings VARCHAR(500) NULL;
--rollback ALTER TABLE task DROP COLUMN source_headings;
