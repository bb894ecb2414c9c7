--liquibase formatted sql

--changeset anwei:0030-1
--comment: The dashboard counts tasks from this narrow index alone (every column its figures read), never from the wide task rows with their texts.
CREATE INDEX ix_task_dashboard ON task (lead_department_id, status, issued_on, issued_at, completed_on, completed_at, current_deadline, yellow_from, last_activity_at, extension_count, return_count, urge_count, category, meeting_id);
--rollback DROP INDEX ix_task_dashboard ON task;

--changeset anwei:0030-2
--comment: Meeting progress: a period's meetings read by meeting date from this index; titles are looked up for those meetings only.
CREATE INDEX ix_task_meeting_progress ON task (source_meeting_date, meeting_id, status, current_deadline, lead_department_id, category);
--rollback DROP INDEX ix_task_meeting_progress ON task;

--changeset anwei:0030-3
--comment: The dashboard counts hazards per responsible department from this narrow index alone.
CREATE INDEX ix_hazard_dashboard ON hazard (responsible_department_id, status, level, found_on, time_limit, rebound_of_id, supervising_department_id, district, industry);
--rollback DROP INDEX ix_hazard_dashboard ON hazard;

--changeset anwei:0030-4
--comment: The same per supervising department (行业监管/属地).
CREATE INDEX ix_hazard_dashboard_supervising ON hazard (supervising_department_id, status, level, found_on, time_limit, rebound_of_id, responsible_department_id, district, industry);
--rollback DROP INDEX ix_hazard_dashboard_supervising ON hazard;
