package org.anwei.duban.instruction;

import java.util.Locale;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.notification.NotificationService;
import org.anwei.duban.task.TaskFigureFixture;
import org.anwei.duban.task.TaskFigureFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A leader's 批示 to a department they oversee: kept, audited, told to the department, and
 * read by the department, staff and the leader — never by another department, and never
 * given to a department outside the leader's oversight.
 */
class DepartmentInstructionsTest extends SignedInAsAdminTest {

	@Autowired
	DepartmentInstructions instructions;

	@Autowired
	NotificationService notifications;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	TaskFigureFixtures fixtures;

	private TaskFigureFixture f;

	@BeforeEach
	void seed() {
		this.f = this.fixtures.create();
	}

	@Test
	void a_leader_instructs_an_overseen_department_which_is_told_and_reads_it() {
		this.users.login(this.f.leader);
		InstructionItem given = this.instructions.instruct(this.f.first, "  逾期任务较多，请主要负责同志亲自督办，月底前清零。 ");
		assertThat(given.text()).isEqualTo("逾期任务较多，请主要负责同志亲自督办，月底前清零。");
		assertThat(given.createdByName()).isEqualTo("分管领导");

		this.users.login(this.f.firstLiaison);
		assertThat(this.instructions.newest(this.f.first, 5)).extracting(InstructionItem::id)
			.containsExactly(given.id());
		assertThat(this.notifications.mine(Locale.SIMPLIFIED_CHINESE, PageRequest.of(0, 5)))
			.anySatisfy(n -> assertThat(n.title()).contains("分管领导").contains("月底前清零"));

		this.users.login(TestUsers.STAFF);
		assertThat(this.instructions.newest(null, 50)).extracting(InstructionItem::id).contains(given.id());
		this.users.login(TestUsers.ADMIN);
		assertThat(this.auditTrail.history("DEPARTMENT", this.f.first))
			.anySatisfy(e -> assertThat(e.action()).isEqualTo("INSTRUCTED"));
	}

	@Test
	void no_instruction_outside_the_leaders_oversight_and_none_read_by_another_department() {
		this.users.login(this.f.leader);
		assertThatThrownBy(() -> this.instructions.instruct(this.f.second, "请加快进度。"))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.instructions.instruct(this.f.first, " ")).isInstanceOf(ValidationException.class);
		this.instructions.instruct(this.f.first, "请加快进度。");

		this.users.login(this.f.secondLiaison);
		assertThat(this.instructions.newest(this.f.first, 5)).as("even by its id").isEmpty();
		assertThat(this.instructions.newest(null, 50)).isEmpty();
		assertThatThrownBy(() -> this.instructions.instruct(this.f.second, "自己批示。"))
			.isInstanceOf(AccessDeniedException.class);
	}

}
