--liquibase formatted sql

-- The head of 市应急管理局: a department user who receives the 督办 escalations. Password Anwei@2026 (see README).

--changeset anwei:demo-0003-01 context:demo
INSERT INTO app_user (version, username, display_name, department_id, phone, email, password_hash, enabled, must_change_password, failed_attempts, created_at, updated_at, password_changed_at, department_head) VALUES (0, 'yjjz', '周建国（应急局局长）', (SELECT id FROM department WHERE code = 'YJJ'), '13800000009', 'yjjz@demo.anwei.org', '$2a$10$DC6J401Ji61Zn8/ScEWf6uAt9Due55TYZtGhN.G/2YviaywMntZ96', TRUE, FALSE, 0, '2026-01-05 08:00:00', '2026-01-05 08:00:00', '2026-01-05 08:00:00', TRUE);
INSERT INTO app_user_role (user_id, role) VALUES ((SELECT id FROM app_user WHERE username = 'yjjz'), 'DEPT');
--rollback DELETE FROM app_user_role WHERE user_id = (SELECT id FROM app_user WHERE username = 'yjjz'); DELETE FROM app_user WHERE username = 'yjjz';
