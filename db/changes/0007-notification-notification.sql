--liquibase formatted sql

--changeset anwei:0007-1
--comment: In-app notifications (the bell); those with an address also go out in one daily mail digest.
CREATE TABLE notification (
  id BIGINT NOT NULL AUTO_INCREMENT,
  recipient VARCHAR(64) NOT NULL,
  email VARCHAR(120) NULL,
  kind VARCHAR(32) NOT NULL,
  title VARCHAR(200) NOT NULL,
  body VARCHAR(2000) NOT NULL,
  link VARCHAR(200) NULL,
  created_at DATETIME(6) NOT NULL,
  read_at DATETIME(6) NULL,
  emailed_at DATETIME(6) NULL,
  CONSTRAINT pk_notification PRIMARY KEY (id)
);
--rollback DROP TABLE notification;

--changeset anwei:0007-2
CREATE INDEX ix_notification_recipient ON notification (recipient, read_at, created_at);
--rollback DROP INDEX ix_notification_recipient ON notification;

--changeset anwei:0007-3
CREATE INDEX ix_notification_digest ON notification (emailed_at, recipient);
--rollback DROP INDEX ix_notification_digest ON notification;

--changeset anwei:0007-4
--comment: ShedLock's lock table: a scheduled job runs on one application instance at a time.
CREATE TABLE shedlock (
  name VARCHAR(64) NOT NULL,
  lock_until TIMESTAMP(3) NOT NULL,
  locked_at TIMESTAMP(3) NOT NULL,
  locked_by VARCHAR(255) NOT NULL,
  CONSTRAINT pk_shedlock PRIMARY KEY (name)
);
--rollback DROP TABLE shedlock;
