package org.anwei.duban.inspection;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestImages;
import org.anwei.duban.TestUsers;
import org.anwei.duban.audit.AuditEntry;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.evidence.Upload;
import org.anwei.duban.hazard.HazardDetails;
import org.anwei.duban.hazard.HazardFilter;
import org.anwei.duban.hazard.HazardQueries;
import org.anwei.duban.hazard.HazardSource;
import org.anwei.duban.hazard.HazardTestData;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.TaskQueries;
import org.anwei.duban.task.Urgency;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Inspections through the services: an unannounced visit records what it found as a
 * hazard with a photo and as a task, each linked both ways; a refused hazard saves
 * nothing; department scope holds by id; the month's unannounced findings are counted per
 * department and district and export to a workbook that reads back.
 */
class InspectionServiceTest extends SignedInAsAdminTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

	@Autowired
	InspectionService inspections;

	@Autowired
	InspectionQueries queries;

	@Autowired
	UnannouncedExport export;

	@Autowired
	HazardQueries hazards;

	@Autowired
	TaskQueries tasks;

	@Autowired
	DepartmentService departments;

	private long department(String code) {
		return DirectiveTestData.department(this.departments, code).id();
	}

	private InspectionCommand visit(LocalDate on, long... team) {
		return new InspectionCommand(on, InspectionKind.UNANNOUNCED, "岁末暗访第" + System.nanoTime() + "组", "王主任", "李明、赵磊",
				java.util.Arrays.stream(team).boxed().collect(java.util.stream.Collectors.toSet()), "城东区",
				List.of("城东宏达化工有限公司", "城东金山农贸市场"), "");
	}

	@Test
	void an_unannounced_visit_registers_a_hazard_with_a_photo_and_hands_a_task_to_a_department() {
		this.users.login(TestUsers.STAFF);
		long yjj = department("YJJ");
		assertThatThrownBy(() -> this.inspections.create(
				new InspectionCommand(TODAY.plusDays(1), null, " ", "", "", Set.of(), "不存在区", List.of(" ", ""), "")))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::field)
						.containsExactlyInAnyOrder("inspection.inspectedOn", "inspection.kind", "inspection.title",
								"inspection.teamLeader", "inspection.district", "inspection.sites"));
		InspectionDetails inspection = this.inspections.create(visit(TODAY.minusDays(1), yjj));
		assertThat(inspection.sites()).containsExactly("城东宏达化工有限公司", "城东金山农贸市场");
		assertThat(inspection.departments()).containsOnlyKeys(yjj);

		HazardDetails hazard = this.inspections.registerHazard(inspection.id(),
				HazardTestData.general("城东宏达化工有限公司" + System.nanoTime(), yjj, null, TODAY.plusDays(10)),
				List.of(new Upload("现场.png", TestImages.png(64, 48, Color.RED))));
		assertThat(hazard.source()).as("found by an unannounced visit").isEqualTo(HazardSource.UNANNOUNCED);
		assertThat(hazard.foundOn()).as("on the visit's day").isEqualTo(TODAY.minusDays(1));
		assertThat(hazard.originInspectionId()).isEqualTo(inspection.id());
		assertThat(hazard.photos()).hasSize(1);

		long taskId = this.inspections.assignTask(inspection.id(), new FindingTaskCommand("城东金山农贸市场",
				"餐饮商户普遍未安装燃气泄漏报警装置。", department("ZJJ"), TODAY.plusDays(20), Urgency.EXPEDITED));
		assertThat(this.tasks.get(taskId).title()).startsWith("城东金山农贸市场：餐饮商户");

		InspectionDetails details = this.queries.get(inspection.id());
		assertThat(details.findings()).extracting(FindingItem::kind)
			.containsExactly(FindingKind.HAZARD, FindingKind.TASK);
		assertThat(details.findings().getFirst()).satisfies(f -> {
			assertThat(f.hazardNumber()).isEqualTo(hazard.number());
			assertThat(f.statusKey()).isEqualTo("hazard.status.registered");
			assertThat(f.district()).isEqualTo("城东区");
		});
		assertThat(details.findings().get(1).taskId()).isEqualTo(taskId);
		assertThat(this.queries.list(InspectionFilter.none(), PageRequest.of(0, 1000)))
			.filteredOn(i -> i.id() == inspection.id())
			.singleElement()
			.satisfies(i -> {
				assertThat(i.siteCount()).isEqualTo(2);
				assertThat(i.findingCount()).isEqualTo(2);
			});
		assertThat(this.queries.history(inspection.id())).extracting(AuditEntry::action)
			.containsExactly("FINDING_TASK", "FINDING_HAZARD", "CREATED");

		assertThatThrownBy(() -> this.inspections.update(inspection.id(), inspection.version() + 1, visit(TODAY, yjj)))
			.isInstanceOf(ConcurrentEditException.class);
	}

	@Test
	void a_refused_hazard_saves_no_finding_and_other_departments_see_nothing() {
		this.users.login(TestUsers.STAFF);
		long yjj = department("YJJ");
		InspectionDetails inspection = this.inspections.create(visit(TODAY, yjj));
		long hazardsBefore = this.hazards.count(HazardFilter.none());
		assertThatThrownBy(() -> this.inspections.registerHazard(inspection.id(),
				HazardTestData.majorWithoutFiveAssurances(
						HazardTestData.general("无五落实" + System.nanoTime(), yjj, TODAY, TODAY.plusDays(10))),
				List.of()))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::field)
						.contains("hazard.measures", "hazard.funds", "hazard.emergencyPlan"));
		assertThat(this.queries.get(inspection.id()).findings()).as("nothing partial").isEmpty();
		assertThat(this.hazards.count(HazardFilter.none())).isEqualTo(hazardsBefore);

		this.users.login(TestUsers.DEPT_ZJJ);
		assertThatThrownBy(() -> this.queries.get(inspection.id())).isInstanceOf(NotFoundException.class);
		assertThat(this.queries.list(InspectionFilter.none(), PageRequest.of(0, 1000)))
			.extracting(InspectionListItem::id)
			.doesNotContain(inspection.id());
		assertThatThrownBy(() -> this.inspections.create(visit(TODAY, yjj))).isInstanceOf(AccessDeniedException.class);

		this.users.login(TestUsers.DEPT_YJJ);
		assertThat(this.queries.get(inspection.id()).title()).as("on the team").isEqualTo(inspection.title());
	}

	@Test
	void the_months_unannounced_findings_are_counted_per_department_and_district_and_export() throws Exception {
		this.users.login(TestUsers.STAFF);
		long yjj = department("YJJ");
		long zjj = department("ZJJ");
		YearMonth month = YearMonth.from(TODAY).minusMonths(14);
		LocalDate day = month.atDay(10);
		UnannouncedMonth before = this.queries.unannounced(month);
		InspectionDetails visit = this.inspections.create(visit(day, yjj));
		this.inspections.registerHazard(visit.id(),
				HazardTestData.general("月报化工厂" + System.nanoTime(), yjj, null, TODAY.plusDays(10)), List.of());
		this.inspections.assignTask(visit.id(),
				new FindingTaskCommand("城东金山农贸市场", "燃气软管老化。", zjj, TODAY.plusDays(10), null));
		InspectionCommand routine = new InspectionCommand(day, InspectionKind.ROUTINE, "例行检查" + System.nanoTime(),
				"张科长", "", Set.of(yjj), null, List.of("某单位"), "");
		long other = this.inspections.create(routine).id();
		this.inspections.assignTask(other, new FindingTaskCommand("某单位", "例行检查问题。", yjj, TODAY.plusDays(5), null));

		UnannouncedMonth after = this.queries.unannounced(month);
		assertThat(after.rows().size() - before.rows().size()).as("only unannounced visits").isEqualTo(2);
		assertThat(count(after.byDepartment(), "市应急管理局").findings() - count(before.byDepartment(), "市应急管理局").findings())
			.isEqualTo(1);
		assertThat(count(after.byDepartment(), "市应急管理局").hazards() - count(before.byDepartment(), "市应急管理局").hazards())
			.isEqualTo(1);
		assertThat(count(after.byDistrict(), "城东区").findings() - count(before.byDistrict(), "城东区").findings())
			.isEqualTo(2);

		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.export.write(month, Locale.SIMPLIFIED_CHINESE, out);
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet findings = workbook.getSheet("发现问题");
			assertThat(findings.getRow(0).getCell(4).getStringCellValue()).isEqualTo("单位或场所");
			assertThat(findings.getLastRowNum()).isEqualTo(after.rows().size());
			assertThat(workbook.getSheet("按责任单位")).isNotNull();
			assertThat(workbook.getSheet("按区县").getRow(0).getCell(1).getStringCellValue()).isEqualTo("所在区县");
		}

		this.users.login(TestUsers.DEPT_ZJJ);
		assertThat(this.queries.unannounced(month).byDepartment()).extracting(UnannouncedMonth.Count::name)
			.as("a department counts its own findings only")
			.containsOnly(this.departments.namesOf(Set.of(zjj)).get(zjj));
	}

	private static UnannouncedMonth.Count count(List<UnannouncedMonth.Count> counts, String name) {
		return counts.stream()
			.filter(c -> c.name().equals(name))
			.findFirst()
			.orElse(new UnannouncedMonth.Count(name, 0, 0));
	}

}
