package org.anwei.duban.accountability;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anwei.duban.evidence.Upload;
import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.TaskCommand;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.Urgency;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.anwei.duban.directive.DirectiveTestData.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountabilityServiceTest extends SignedInAsAdminTest {

	@Autowired
	org.anwei.duban.hazard.HazardService hazards;

	private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	@Autowired
	AccountabilityService register;

	@Autowired
	TaskService tasks;

	@Autowired
	DepartmentService departments;

	@Test
	void each_department_sees_its_own_record_and_leaders_their_overseen_ones() throws Exception {
		this.users.login(TestUsers.STAFF);
		String tag = Long.toString(System.nanoTime(), 36);
		long task = this.tasks
			.create(new TaskCommand("问责关联任务", "内容", null, Urgency.NORMAL, department(this.departments, "YJJ").id(),
					Set.of(), LocalDate.now().plusDays(3)))
			.id();
		AccountabilityItem interview = this.register.record(new AccountabilityCommand(AccountabilityKind.INTERVIEW,
				LocalDate.now(), department(this.departments, "YJJ").id(), "局长 张三" + tag, "危化品排查任务逾期未完成", "市安委会",
				Set.of(task), Set.of(), new Upload("约谈纪要.pdf", PDF)));
		AccountabilityItem criticism = this.register.record(new AccountabilityCommand(AccountabilityKind.CRITICISM,
				LocalDate.now(), department(this.departments, "CDQ").id(), "区长 李四" + tag, "隐患整改不力", "市政府", Set.of(),
				Set.of(), null));
		assertThat(interview.taskIds()).containsExactly(task);
		assertThat(interview.documentName()).isEqualTo("约谈纪要.pdf");

		this.users.login(TestUsers.DEPT_YJJ);
		List<AccountabilityItem> seen = this.register.list(AccountabilityFilter.none(), PageRequest.of(0, 500));
		assertThat(seen).extracting(AccountabilityItem::id).contains(interview.id()).doesNotContain(criticism.id());
		assertThat(this.register.document(interview.id())).isEqualTo(PDF);
		assertThatThrownBy(() -> this.register.document(criticism.id())).isInstanceOf(NotFoundException.class);

		this.users.login(TestUsers.LEADER);
		assertThat(this.register.list(AccountabilityFilter.none(), PageRequest.of(0, 500)))
			.extracting(AccountabilityItem::id)
			.contains(interview.id())
			.doesNotContain(criticism.id());
		this.users.login(TestUsers.MAYOR);
		byte[] workbook = this.register.export(AccountabilityFilter.none(), Map.of("persons", "涉及人员"));
		try (XSSFWorkbook excel = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			var sheet = excel.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("涉及人员");
			List<String> persons = new java.util.ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				persons.add(sheet.getRow(r).getCell(3).getStringCellValue());
			}
			assertThat(persons).contains("局长 张三" + tag, "区长 李四" + tag);
		}
	}

	@Test
	void an_incomplete_entry_names_every_missing_field_and_saves_nothing() {
		this.users.login(TestUsers.STAFF);
		long before = this.register.count(AccountabilityFilter.none());
		assertThatThrownBy(() -> this.register.record(new AccountabilityCommand(null, null, null, " ", "", "",
				Set.of(999_999_999L), Set.of("YH-1999-999999"), new Upload("x.exe", new byte[] { 'M', 'Z' }))))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::field)
						.containsExactlyInAnyOrder("accountability.kind", "accountability.date",
								"accountability.department", "accountability.persons", "accountability.summary",
								"accountability.decidedBy", "accountability.tasks", "accountability.hazards",
								"task.attachments"));
		assertThat(this.register.count(AccountabilityFilter.none())).isEqualTo(before);
		this.users.login(TestUsers.DEPT_YJJ);
		assertThatThrownBy(
				() -> this.register.record(new AccountabilityCommand(AccountabilityKind.COMMENDATION, LocalDate.now(),
						department(this.departments, "YJJ").id(), "自己", "自我表扬", "自己", Set.of(), Set.of(), null)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void an_entry_links_hazards_by_number() {
		this.users.login(TestUsers.STAFF);
		long yjj = department(this.departments, "YJJ").id();
		String number = this.hazards
			.register(org.anwei.duban.hazard.HazardTestData.general("问责关联隐患" + System.nanoTime(), yjj, LocalDate.now(),
					LocalDate.now().plusDays(5)), java.util.List.of())
			.number();
		AccountabilityItem item = this.register.record(new AccountabilityCommand(AccountabilityKind.INTERVIEW,
				LocalDate.now(), yjj, "局长 王五", "重大隐患整改不力", "市安委会", Set.of(), Set.of(number), null));
		assertThat(item.hazardNumbers()).containsExactly(number);
	}

}
