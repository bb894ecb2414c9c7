package org.anwei.duban.task.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.UI;

import org.anwei.duban.KaribuTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.security.PeopleNames;
import org.anwei.duban.base.ui.PersonLabels;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.TaskCommand;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Screens show people by name, never by login name. */
class PeopleShownByNameUiTest extends KaribuTest {

	@Autowired
	TaskService tasks;

	@Autowired
	DepartmentService departments;

	@Autowired
	PeopleNames people;

	@Test
	void a_task_shows_who_issued_it_and_who_acted_by_name() {
		this.users.login(TestUsers.STAFF);
		long id = this.tasks
			.create(new TaskCommand("姓名显示核对" + Long.toString(System.nanoTime(), 36), "核对页面显示的是姓名。", null,
					Urgency.NORMAL, DirectiveTestData.department(this.departments, "YJJ").id(), Set.of(),
					LocalDate.now().plusDays(15)))
			.id();
		String staffName = this.people.namesOf(List.of(TestUsers.STAFF)).get(TestUsers.STAFF);
		assertThat(staffName).isNotBlank().isNotEqualTo(TestUsers.STAFF);

		login(TestUsers.DEPT_YJJ, TaskView.path(id));
		String page = _get(TaskView.class).getElement().getTextRecursively();
		assertThat(page).contains(staffName).doesNotContain(TestUsers.STAFF);
	}

	@Test
	void the_scheduler_is_shown_as_the_system_and_a_deleted_account_by_its_login_name() {
		this.users.login(TestUsers.STAFF);
		UI.getCurrent().navigate("");
		PersonLabels labels = PersonLabels.of(this.people, List.of("system", TestUsers.DEPT_YJJ, "former-user"));
		assertThat(labels.name("system")).isEqualTo("系统");
		assertThat(labels.name("former-user")).isEqualTo("former-user");
		assertThat(labels.name(TestUsers.DEPT_YJJ))
			.isEqualTo(this.people.namesOf(List.of(TestUsers.DEPT_YJJ)).get(TestUsers.DEPT_YJJ));
		assertThat(labels.nameAndLogin(TestUsers.DEPT_YJJ)).endsWith("（yjj）");
		assertThat(this.people.namesOf(List.of("former-user"))).isEqualTo(Map.of());
	}

}
