--liquibase formatted sql

-- Every demo account's password is Anwei@2026 (see README). Demo context only: never in production.

--changeset anwei:demo-0002-01 context:demo
INSERT INTO app_user (version, username, display_name, department_id, phone, email, password_hash, enabled, must_change_password, failed_attempts, created_at, updated_at, password_changed_at) VALUES (0, 'admin', '系统管理员', NULL, '13800000001', 'admin@demo.anwei.org', '$2a$10$DC6J401Ji61Zn8/ScEWf6uAt9Due55TYZtGhN.G/2YviaywMntZ96', TRUE, FALSE, 0, '2026-01-05 08:00:00', '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO app_user_role (user_id, role) VALUES ((SELECT id FROM app_user WHERE username = 'admin'), 'ADMIN');
--rollback DELETE FROM app_user_oversight WHERE user_id = (SELECT id FROM app_user WHERE username = 'admin'); DELETE FROM app_user_role WHERE user_id = (SELECT id FROM app_user WHERE username = 'admin'); DELETE FROM app_user WHERE username = 'admin';

--changeset anwei:demo-0002-02 context:demo
INSERT INTO app_user (version, username, display_name, department_id, phone, email, password_hash, enabled, must_change_password, failed_attempts, created_at, updated_at, password_changed_at) VALUES (0, 'anweiban', '王科长（安委办）', NULL, '13800000002', 'anweiban@demo.anwei.org', '$2a$10$DC6J401Ji61Zn8/ScEWf6uAt9Due55TYZtGhN.G/2YviaywMntZ96', TRUE, FALSE, 0, '2026-01-05 08:00:00', '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO app_user_role (user_id, role) VALUES ((SELECT id FROM app_user WHERE username = 'anweiban'), 'STAFF');
--rollback DELETE FROM app_user_oversight WHERE user_id = (SELECT id FROM app_user WHERE username = 'anweiban'); DELETE FROM app_user_role WHERE user_id = (SELECT id FROM app_user WHERE username = 'anweiban'); DELETE FROM app_user WHERE username = 'anweiban';

--changeset anwei:demo-0002-03 context:demo
INSERT INTO app_user (version, username, display_name, department_id, phone, email, password_hash, enabled, must_change_password, failed_attempts, created_at, updated_at, password_changed_at) VALUES (0, 'leader', '李副市长', NULL, '13800000003', 'leader@demo.anwei.org', '$2a$10$DC6J401Ji61Zn8/ScEWf6uAt9Due55TYZtGhN.G/2YviaywMntZ96', TRUE, FALSE, 0, '2026-01-05 08:00:00', '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO app_user_role (user_id, role) VALUES ((SELECT id FROM app_user WHERE username = 'leader'), 'LEADER');
INSERT INTO app_user_oversight (user_id, department_id) VALUES ((SELECT id FROM app_user WHERE username = 'leader'), (SELECT id FROM department WHERE code = 'YJJ'));
INSERT INTO app_user_oversight (user_id, department_id) VALUES ((SELECT id FROM app_user WHERE username = 'leader'), (SELECT id FROM department WHERE code = 'ZJJ'));
INSERT INTO app_user_oversight (user_id, department_id) VALUES ((SELECT id FROM app_user WHERE username = 'leader'), (SELECT id FROM department WHERE code = 'JTJ'));
INSERT INTO app_user_oversight (user_id, department_id) VALUES ((SELECT id FROM app_user WHERE username = 'leader'), (SELECT id FROM department WHERE code = 'JJZD'));
INSERT INTO app_user_oversight (user_id, department_id) VALUES ((SELECT id FROM app_user WHERE username = 'leader'), (SELECT id FROM department WHERE code = 'XFZD'));
--rollback DELETE FROM app_user_oversight WHERE user_id = (SELECT id FROM app_user WHERE username = 'leader'); DELETE FROM app_user_role WHERE user_id = (SELECT id FROM app_user WHERE username = 'leader'); DELETE FROM app_user WHERE username = 'leader';

--changeset anwei:demo-0002-04 context:demo
INSERT INTO app_user (version, username, display_name, department_id, phone, email, password_hash, enabled, must_change_password, failed_attempts, created_at, updated_at, password_changed_at) VALUES (0, 'mayor', '张市长', NULL, '13800000004', 'mayor@demo.anwei.org', '$2a$10$DC6J401Ji61Zn8/ScEWf6uAt9Due55TYZtGhN.G/2YviaywMntZ96', TRUE, FALSE, 0, '2026-01-05 08:00:00', '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO app_user_role (user_id, role) VALUES ((SELECT id FROM app_user WHERE username = 'mayor'), 'LEADER');
--rollback DELETE FROM app_user_oversight WHERE user_id = (SELECT id FROM app_user WHERE username = 'mayor'); DELETE FROM app_user_role WHERE user_id = (SELECT id FROM app_user WHERE username = 'mayor'); DELETE FROM app_user WHERE username = 'mayor';

--changeset anwei:demo-0002-05 context:demo
INSERT INTO app_user (version, username, display_name, department_id, phone, email, password_hash, enabled, must_change_password, failed_attempts, created_at, updated_at, password_changed_at) VALUES (0, 'yjj', '刘芳（应急局联络员）', (SELECT id FROM department WHERE code = 'YJJ'), '13800000005', 'yjj@demo.anwei.org', '$2a$10$DC6J401Ji61Zn8/ScEWf6uAt9Due55TYZtGhN.G/2YviaywMntZ96', TRUE, FALSE, 0, '2026-01-05 08:00:00', '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO app_user_role (user_id, role) VALUES ((SELECT id FROM app_user WHERE username = 'yjj'), 'DEPT');
--rollback DELETE FROM app_user_oversight WHERE user_id = (SELECT id FROM app_user WHERE username = 'yjj'); DELETE FROM app_user_role WHERE user_id = (SELECT id FROM app_user WHERE username = 'yjj'); DELETE FROM app_user WHERE username = 'yjj';

--changeset anwei:demo-0002-06 context:demo
INSERT INTO app_user (version, username, display_name, department_id, phone, email, password_hash, enabled, must_change_password, failed_attempts, created_at, updated_at, password_changed_at) VALUES (0, 'zjj', '赵磊（住建局联络员）', (SELECT id FROM department WHERE code = 'ZJJ'), '13800000006', 'zjj@demo.anwei.org', '$2a$10$DC6J401Ji61Zn8/ScEWf6uAt9Due55TYZtGhN.G/2YviaywMntZ96', TRUE, FALSE, 0, '2026-01-05 08:00:00', '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO app_user_role (user_id, role) VALUES ((SELECT id FROM app_user WHERE username = 'zjj'), 'DEPT');
--rollback DELETE FROM app_user_oversight WHERE user_id = (SELECT id FROM app_user WHERE username = 'zjj'); DELETE FROM app_user_role WHERE user_id = (SELECT id FROM app_user WHERE username = 'zjj'); DELETE FROM app_user WHERE username = 'zjj';

--changeset anwei:demo-0002-07 context:demo
INSERT INTO app_user (version, username, display_name, department_id, phone, email, password_hash, enabled, must_change_password, failed_attempts, created_at, updated_at, password_changed_at) VALUES (0, 'jtj', '黄敏（交通局联络员）', (SELECT id FROM department WHERE code = 'JTJ'), '13800000007', 'jtj@demo.anwei.org', '$2a$10$DC6J401Ji61Zn8/ScEWf6uAt9Due55TYZtGhN.G/2YviaywMntZ96', TRUE, FALSE, 0, '2026-01-05 08:00:00', '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO app_user_role (user_id, role) VALUES ((SELECT id FROM app_user WHERE username = 'jtj'), 'DEPT');
--rollback DELETE FROM app_user_oversight WHERE user_id = (SELECT id FROM app_user WHERE username = 'jtj'); DELETE FROM app_user_role WHERE user_id = (SELECT id FROM app_user WHERE username = 'jtj'); DELETE FROM app_user WHERE username = 'jtj';

--changeset anwei:demo-0002-08 context:demo
INSERT INTO app_user (version, username, display_name, department_id, phone, email, password_hash, enabled, must_change_password, failed_attempts, created_at, updated_at, password_changed_at) VALUES (0, 'cdq', '林涛（城东区联络员）', (SELECT id FROM department WHERE code = 'CDQ'), '13800000008', 'cdq@demo.anwei.org', '$2a$10$DC6J401Ji61Zn8/ScEWf6uAt9Due55TYZtGhN.G/2YviaywMntZ96', TRUE, FALSE, 0, '2026-01-05 08:00:00', '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO app_user_role (user_id, role) VALUES ((SELECT id FROM app_user WHERE username = 'cdq'), 'DEPT');
--rollback DELETE FROM app_user_oversight WHERE user_id = (SELECT id FROM app_user WHERE username = 'cdq'); DELETE FROM app_user_role WHERE user_id = (SELECT id FROM app_user WHERE username = 'cdq'); DELETE FROM app_user WHERE username = 'cdq';
