--liquibase formatted sql

--changeset anwei:0020-1 dbms:h2
--comment: Notices are about any supervised item (a task, a hazard), named by type and id, so the task foreign key goes.
ALTER TABLE supervision_notice DROP CONSTRAINT fk_supervision_notice_task;
--rollback ALTER TABLE supervision_notice ADD CONSTRAINT fk_supervision_notice_task FOREIGN KEY (task_id) REFERENCES task (id);

--changeset anwei:0020-2 dbms:mysql,mariadb
ALTER TABLE supervision_notice DROP FOREIGN KEY fk_supervision_notice_task;
--rollback ALTER TABLE supervision_notice ADD CONSTRAINT fk_supervision_notice_task FOREIGN KEY (task_id) REFERENCES task (id);

--changeset anwei:0020-3
DROP INDEX ix_supervision_notice_task ON supervision_notice;
--rollback CREATE INDEX ix_supervision_notice_task ON supervision_notice (task_id);

--changeset anwei:0020-4
ALTER TABLE supervision_notice RENAME COLUMN task_id TO subject_id;
--rollback ALTER TABLE supervision_notice RENAME COLUMN subject_id TO task_id;

--changeset anwei:0020-5
ALTER TABLE supervision_notice ADD COLUMN subject_type VARCHAR(16) DEFAULT 'TASK' NOT NULL;
--rollback ALTER TABLE supervision_notice DROP COLUMN subject_type;

--changeset anwei:0020-6
CREATE INDEX ix_supervision_notice_subject ON supervision_notice (subject_type, subject_id);
--rollback DROP INDEX ix_supervision_notice_subject ON supervision_notice;
