--liquibase formatted sql

--changeset anwei:0015-1
--comment: Notifications keep their translation keys and arguments, shown in the reader's language; the language the digest is written in.
ALTER TABLE notification ADD COLUMN title_key VARCHAR(100) NULL;
ALTER TABLE notification ADD COLUMN body_key VARCHAR(100) NULL;
ALTER TABLE notification ADD COLUMN arguments VARCHAR(2000) NULL;
ALTER TABLE notification ADD COLUMN language VARCHAR(16) NULL;
--rollback ALTER TABLE notification DROP COLUMN language; ALTER TABLE notification DROP COLUMN arguments; ALTER TABLE notification DROP COLUMN body_key; ALTER TABLE notification DROP COLUMN title_key;

--changeset anwei:0015-2
--comment: The language a user last chose (zh-CN or en): their mails are written in it.
ALTER TABLE app_user ADD COLUMN language VARCHAR(16) NULL;
--rollback ALTER TABLE app_user DROP COLUMN language;
