package org.anwei.duban.dashboard.ui;

import java.time.LocalDate;
import java.util.Set;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import org.anwei.duban.KaribuTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.TaskCommand;
import org.anwei.duban.task.TaskDetails;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Each role's home: what waits for the user, counted, each number a link to its list. */
class HomeViewUiTest extends KaribuTest {

	@Autowired
	TaskService tasks;

	@Autowired
	DepartmentService departments;

	@Test
	void a_liaison_sees_a_new_task_to_sign_counted_and_linked_until_it_is_signed() {
		login(TestUsers.DEPT_YJJ, "");
		long before = number("home-to-sign");
		long openBefore = number("home-open");
		assertThat(_find(Anchor.class, spec -> spec.withId("home-to-review"))).as("staff's queue").isEmpty();

		TaskDetails issued = issueToYjj();
		reopenHome();
		assertThat(number("home-to-sign")).isEqualTo(before + 1);
		assertThat(number("home-open")).isEqualTo(openBefore + 1);
		Anchor toSign = card("home-to-sign");
		assertThat(toSign.getHref()).isEqualTo("my-work");
		assertThat(toSign.hasClassName("needs-action")).isTrue();

		this.tasks.sign(issued.id(), issued.version());
		reopenHome();
		assertThat(number("home-to-sign")).isEqualTo(before);
		assertThat(number("home-open")).as("signed, still open").isEqualTo(openBefore + 1);
	}

	@Test
	void staff_see_their_queues_with_links_to_the_filtered_lists() {
		login(TestUsers.STAFF, "");
		assertThat(card("home-to-review").getHref()).isEqualTo("tasks?status=SUBMITTED");
		assertThat(card("home-extensions").getHref()).isEqualTo("my-work");
		assertThat(card("home-meetings-to-review").getHref()).isEqualTo("meetings?status=DECOMPOSED");
		assertThat(card("home-overdue").getHref()).isEqualTo("tasks?light=RED");
		assertThat(card("home-due-soon").getHref()).isEqualTo("tasks?light=YELLOW");
		assertThat(_find(Anchor.class, spec -> spec.withId("home-to-sign"))).as("a liaison's queue").isEmpty();
		assertThat(_find(H3.class, spec -> spec.withText("今天需要您处理"))).hasSize(1);
	}

	@Test
	void a_leader_lands_on_the_dashboard() {
		login(TestUsers.LEADER, "");
		assertThat(currentPath()).isEqualTo("dashboard");
		assertThat(_find(Anchor.class, spec -> spec.withId("home-to-review"))).isEmpty();
	}

	@Test
	void an_administrator_has_no_task_numbers() {
		login(TestUsers.ADMIN, "");
		assertThat(_find(Anchor.class, spec -> spec.withId("home-open"))).isEmpty();
	}

	private TaskDetails issueToYjj() {
		this.users.login(TestUsers.STAFF);
		try {
			long yjj = DirectiveTestData.department(this.departments, "YJJ").id();
			return this.tasks.create(new TaskCommand("工作台计数核对" + Long.toString(System.nanoTime(), 36), "核对工作台的待签收数量。",
					null, Urgency.NORMAL, yjj, Set.of(), LocalDate.now().plusDays(30)));
		}
		finally {
			this.users.login(TestUsers.DEPT_YJJ);
		}
	}

	/** As a user going back home: the page is built again with fresh numbers. */
	private static void reopenHome() {
		com.vaadin.flow.component.UI.getCurrent().navigate("notifications");
		com.vaadin.flow.component.UI.getCurrent().navigate("");
	}

	private static Anchor card(String id) {
		return _get(Anchor.class, spec -> spec.withId(id));
	}

	private static long number(String id) {
		return Long.parseLong(_get(card(id), Span.class, spec -> spec.withClasses("home-count")).getText());
	}

}
