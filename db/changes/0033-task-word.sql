--liquibase formatted sql

--changeset anwei:0033-1
--comment: The word index of the task list's search: every pair of neighbouring characters (as a number, see SearchGrams) of each task's title and content. Searching reads the pairs of the words looked for instead of every task's text.
CREATE TABLE task_word (
  gram BIGINT NOT NULL,
  task_id BIGINT NOT NULL,
  CONSTRAINT pk_task_word PRIMARY KEY (gram, task_id)
);
--rollback DROP TABLE task_word;

--changeset anwei:0033-3
--comment: A task's own entries, to write them anew (the migration below may run again after a failure).
CREATE INDEX ix_task_word_task ON task_word (task_id);
--rollback DROP INDEX ix_task_word_task ON task_word;
