--liquibase formatted sql

--changeset anwei:demo-0001-01 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'YJJ', '市应急管理局', '应急局', 'COMMITTEE_MEMBER', NULL, '周建国', '0571-87000101', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'YJJ'), '市应急局');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'YJJ'), '市安监局');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'YJJ'), '市安全监管局');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'YJJ'), '市安全生产监督管理局');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'YJJ'); DELETE FROM department WHERE code = 'YJJ';

--changeset anwei:demo-0001-02 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'ZJJ', '市住房和城乡建设局', '住建局', 'COMMITTEE_MEMBER', NULL, '陈立新', '0571-87000102', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'ZJJ'), '市住建局');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'ZJJ'), '市建委');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'ZJJ'), '市城乡建设委员会');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'ZJJ'); DELETE FROM department WHERE code = 'ZJJ';

--changeset anwei:demo-0001-03 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'JTJ', '市交通运输局', '交通局', 'COMMITTEE_MEMBER', NULL, '吴海波', '0571-87000103', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'JTJ'), '市交通局');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'JTJ'), '市交委');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'JTJ'), '市交通委员会');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'JTJ'); DELETE FROM department WHERE code = 'JTJ';

--changeset anwei:demo-0001-04 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'JJZD', '市公安局交通警察支队', '交警支队', 'COMMITTEE_MEMBER', NULL, '郑伟', '0571-87000104', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'JJZD'), '市公安局交警支队');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'JJZD'), '市交警支队');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'JJZD'); DELETE FROM department WHERE code = 'JJZD';

--changeset anwei:demo-0001-05 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'XFZD', '市消防救援支队', '消防支队', 'COMMITTEE_MEMBER', NULL, '孙强', '0571-87000105', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'XFZD'), '市消防支队');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'XFZD'), '市公安消防支队');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'XFZD'); DELETE FROM department WHERE code = 'XFZD';

--changeset anwei:demo-0001-06 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'SCJGJ', '市市场监督管理局', '市场监管局', 'COMMITTEE_MEMBER', NULL, '钱敏', '0571-87000106', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'SCJGJ'), '市市场监管局');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'SCJGJ'), '市质监局');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'SCJGJ'), '市质量技术监督局');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'SCJGJ'), '市工商局');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'SCJGJ'); DELETE FROM department WHERE code = 'SCJGJ';

--changeset anwei:demo-0001-07 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'JYJ', '市教育局', '教育局', 'COMMITTEE_MEMBER', NULL, '冯静', '0571-87000107', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'JYJ'), '市教委');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'JYJ'); DELETE FROM department WHERE code = 'JYJ';

--changeset anwei:demo-0001-08 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'GXJ', '市工业和信息化局', '工信局', 'COMMITTEE_MEMBER', NULL, '何军', '0571-87000108', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'GXJ'), '市工信局');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'GXJ'), '市经信委');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'GXJ'), '市经济和信息化委员会');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'GXJ'); DELETE FROM department WHERE code = 'GXJ';

--changeset anwei:demo-0001-09 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'CGJ', '市城市管理局', '城管局', 'COMMITTEE_MEMBER', NULL, '韩磊', '0571-87000109', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'CGJ'), '市城管局');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'CGJ'), '市城市管理综合执法局');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'CGJ'); DELETE FROM department WHERE code = 'CGJ';

--changeset anwei:demo-0001-10 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'WLJ', '市文化广电旅游局', '文旅局', 'COMMITTEE_MEMBER', NULL, '杨帆', '0571-87000110', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'WLJ'), '市文旅局');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'WLJ'), '市旅游局');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'WLJ'), '市文化和旅游局');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'WLJ'); DELETE FROM department WHERE code = 'WLJ';

--changeset anwei:demo-0001-11 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'NYJ', '市农业农村局', '农业农村局', 'COMMITTEE_MEMBER', NULL, '朱明', '0571-87000111', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'NYJ'), '市农业局');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'NYJ'), '市农委');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'NYJ'), '市农机局');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'NYJ'); DELETE FROM department WHERE code = 'NYJ';

--changeset anwei:demo-0001-12 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'SLJ', '市水利局', '水利局', 'COMMITTEE_MEMBER', NULL, '秦岭', '0571-87000112', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'SLJ'), '市水务局');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'SLJ'); DELETE FROM department WHERE code = 'SLJ';

--changeset anwei:demo-0001-13 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'SWJ', '市商务局', '商务局', 'COMMITTEE_MEMBER', NULL, '许诺', '0571-87000113', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'SWJ'), '市商务委');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'SWJ'); DELETE FROM department WHERE code = 'SWJ';

--changeset anwei:demo-0001-14 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'WJW', '市卫生健康委员会', '卫健委', 'COMMITTEE_MEMBER', NULL, '吕红', '0571-87000114', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'WJW'), '市卫健委');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'WJW'), '市卫生局');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'WJW'), '市卫计委');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'WJW'); DELETE FROM department WHERE code = 'WJW';

--changeset anwei:demo-0001-15 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'ZRZYJ', '市自然资源和规划局', '自然资源局', 'COMMITTEE_MEMBER', NULL, '施文', '0571-87000115', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'ZRZYJ'), '市自然资源局');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'ZRZYJ'), '市国土资源局');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'ZRZYJ'), '市国土局');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'ZRZYJ'); DELETE FROM department WHERE code = 'ZRZYJ';

--changeset anwei:demo-0001-16 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'STHJJ', '市生态环境局', '生态环境局', 'COMMITTEE_MEMBER', NULL, '张洁', '0571-87000116', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'STHJJ'), '市环保局');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'STHJJ'), '市环境保护局');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'STHJJ'); DELETE FROM department WHERE code = 'STHJJ';

--changeset anwei:demo-0001-17 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'GAJ', '市公安局', '公安局', 'COMMITTEE_MEMBER', NULL, '孔刚', '0571-87000117', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'GAJ'); DELETE FROM department WHERE code = 'GAJ';

--changeset anwei:demo-0001-18 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'FGW', '市发展和改革委员会', '发改委', 'COMMITTEE_MEMBER', NULL, '曹阳', '0571-87000118', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'FGW'), '市发改委');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'FGW'); DELETE FROM department WHERE code = 'FGW';

--changeset anwei:demo-0001-19 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'MZJ', '市民政局', '民政局', 'COMMITTEE_MEMBER', NULL, '严华', '0571-87000119', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'MZJ'); DELETE FROM department WHERE code = 'MZJ';

--changeset anwei:demo-0001-20 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'RSJ', '市人力资源和社会保障局', '人社局', 'COMMITTEE_MEMBER', NULL, '金涛', '0571-87000120', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'RSJ'), '市人社局');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'RSJ'); DELETE FROM department WHERE code = 'RSJ';

--changeset anwei:demo-0001-21 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'GZW', '市国有资产监督管理委员会', '国资委', 'COMMITTEE_MEMBER', NULL, '魏东', '0571-87000121', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'GZW'), '市国资委');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'GZW'); DELETE FROM department WHERE code = 'GZW';

--changeset anwei:demo-0001-22 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'QXJ', '市气象局', '气象局', 'COMMITTEE_MEMBER', NULL, '陶然', '0571-87000122', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'QXJ'); DELETE FROM department WHERE code = 'QXJ';

--changeset anwei:demo-0001-23 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'LYJ', '市林业局', '林业局', 'COMMITTEE_MEMBER', NULL, '姜山', '0571-87000123', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'LYJ'), '市林业和草原局');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'LYJ'); DELETE FROM department WHERE code = 'LYJ';

--changeset anwei:demo-0001-24 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'GDGS', '国网市供电公司', '供电公司', 'ENTERPRISE', NULL, '戚亮', '0571-87000124', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'GDGS'), '市供电公司');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'GDGS'), '市电力公司');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'GDGS'), '市电业局');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'GDGS'); DELETE FROM department WHERE code = 'GDGS';

--changeset anwei:demo-0001-25 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'RQJT', '市燃气集团有限公司', '燃气集团', 'ENTERPRISE', NULL, '谢宁', '0571-87000125', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'RQJT'), '市燃气集团');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'RQJT'), '市燃气公司');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'RQJT'); DELETE FROM department WHERE code = 'RQJT';

--changeset anwei:demo-0001-26 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'CDQ', '城东区人民政府', '城东区', 'DISTRICT_GOVERNMENT', NULL, '邹平', '0571-87000126', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'CDQ'), '城东区政府');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'CDQ'); DELETE FROM department WHERE code = 'CDQ';

--changeset anwei:demo-0001-27 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'CXQ', '城西区人民政府', '城西区', 'DISTRICT_GOVERNMENT', NULL, '喻晓', '0571-87000127', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'CXQ'), '城西区政府');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'CXQ'); DELETE FROM department WHERE code = 'CXQ';

--changeset anwei:demo-0001-28 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'GXQ', '高新技术产业开发区管理委员会', '高新区', 'DISTRICT_GOVERNMENT', NULL, '柏林', '0571-87000128', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'GXQ'), '高新区管委会');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'GXQ'); DELETE FROM department WHERE code = 'GXQ';

--changeset anwei:demo-0001-29 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'LJX', '临江县人民政府', '临江县', 'DISTRICT_GOVERNMENT', NULL, '水清', '0571-87000129', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'LJX'), '临江县政府');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'LJX'); DELETE FROM department WHERE code = 'LJX';

--changeset anwei:demo-0001-30 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'QSX', '青山县人民政府', '青山县', 'DISTRICT_GOVERNMENT', NULL, '窦峰', '0571-87000130', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'QSX'), '青山县政府');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'QSX'); DELETE FROM department WHERE code = 'QSX';

--changeset anwei:demo-0001-31 context:demo
INSERT INTO department (version, code, name, short_name, type, parent_id, contact_person, contact_phone, active, created_at, updated_at) VALUES (0, 'CDYJ', '城东区应急管理局', '城东区应急局', 'OTHER', (SELECT d.id FROM (SELECT id FROM department WHERE code = 'CDQ') d), '章凡', '0571-87000131', TRUE, '2026-01-05 08:00:00', '2026-01-05 08:00:00');
INSERT INTO department_alias (department_id, alias) VALUES ((SELECT id FROM department WHERE code = 'CDYJ'), '城东区安监局');
--rollback DELETE FROM department_alias WHERE department_id = (SELECT id FROM department WHERE code = 'CDYJ'); DELETE FROM department WHERE code = 'CDYJ';
