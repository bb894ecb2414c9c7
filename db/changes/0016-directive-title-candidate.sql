--liquibase formatted sql

--changeset anwei:0016-1
--comment: A short task title per directive (the action and its object), proposed by the engine and editable; issued tasks take it.
ALTER TABLE directive ADD COLUMN title VARCHAR(200) NULL;
--rollback ALTER TABLE directive DROP COLUMN title;

--changeset anwei:0016-2
--comment: Why the engine kept a sentence as a candidate (status CANDIDATE) instead of proposing it: EXHORTATION, PREAMBLE, SUMMARY, COMMITMENT.
ALTER TABLE directive ADD COLUMN candidate_reason VARCHAR(16) NULL;
--rollback ALTER TABLE directive DROP COLUMN candidate_reason;
