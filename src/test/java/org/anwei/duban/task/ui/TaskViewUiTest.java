package org.anwei.duban.task.ui;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;

import javax.imageio.ImageIO;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import org.anwei.duban.extension.ui.ExtensionDialog;
import org.anwei.duban.KaribuTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.ui.TextDialog;
import org.anwei.duban.evidence.ui.ReportDialog;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.ReportKind;
import org.anwei.duban.task.TaskCommand;
import org.anwei.duban.task.TaskListItem;
import org.anwei.duban.task.TaskQueries;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.TaskStatus;
import org.anwei.duban.task.Urgency;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The task journey through the screens, as staff and two department liaisons. */
class TaskViewUiTest extends KaribuTest {

	@Autowired
	TaskQueries queries;

	@Autowired
	TaskService tasks;

	@Autowired
	DepartmentService departments;

	@Test
	void staff_issue_departments_sign_report_and_submit_staff_return_and_accept() throws IOException {
		String title = "燃气管道排查" + Long.toString(System.nanoTime(), 36);
		login(TestUsers.STAFF, "tasks");
		_click(_get(Button.class, spec -> spec.withId("task-new")));
		TaskFormDialog form = _get(TaskFormDialog.class);
		form.title.setValue(title);
		form.content.setValue("全面排查老旧小区燃气管道，建立隐患台账。");
		form.lead.setValue(DirectiveTestData.department(this.departments, "YJJ"));
		form.assisting.setValue(Set.of(DirectiveTestData.department(this.departments, "ZJJ")));
		form.deadline.setValue(LocalDate.now().plusDays(20));
		_click(form.save);
		assertThat(currentPath()).startsWith("tasks/");
		long id = Long.parseLong(currentPath().substring("tasks/".length()));

		login(TestUsers.DEPT_ZJJ, "tasks/" + id);
		_click(button("task-sign"));
		_click(button("task-feedback"));
		ReportDialog feedback = _get(ReportDialog.class);
		feedback.text.setValue("住建局负责的小区已排查完毕。");
		_click(feedback.send);

		login(TestUsers.DEPT_YJJ, "tasks");
		TaskListView list = _get(TaskListView.class);
		list.search.setValue(title);
		assertThat(list.shown()).extracting(TaskListItem::title).containsExactly(title);
		UI.getCurrent().navigate(TaskView.path(id));
		_click(button("task-sign"));
		assertThat(_get(TaskView.class).current().status()).isEqualTo(TaskStatus.IN_PROGRESS);
		_click(button("task-submit"));
		ReportDialog completion = _get(ReportDialog.class);
		completion.text.setValue("排查完成，整改 5 处。");
		completion.receive("整改照片.png", photo());
		_click(completion.send);
		assertThat(_get(TaskView.class).current().status()).isEqualTo(TaskStatus.SUBMITTED);
		assertThat(_find(Button.class, spec -> spec.withId("task-submit"))).isEmpty();

		login(TestUsers.STAFF, "tasks/" + id);
		_click(button("task-return"));
		TextDialog reason = _get(TextDialog.class);
		_click(reason.confirm);
		assertThat(reason.text.getErrorMessage()).isEqualTo("理由不能为空。");
		reason.text.setValue("请补充配合单位的整改照片。");
		_click(reason.confirm);
		assertThat(_get(TaskView.class).current().status()).isEqualTo(TaskStatus.IN_PROGRESS);

		login(TestUsers.DEPT_YJJ, "tasks/" + id);
		_click(button("task-submit"));
		ReportDialog again = _get(ReportDialog.class);
		again.text.setValue("已补充。");
		_click(again.send);

		login(TestUsers.STAFF, "tasks/" + id);
		_click(button("task-accept"));
		_click(_get(TextDialog.class).confirm);
		TaskView view = _get(TaskView.class);
		assertThat(view.current().status()).isEqualTo(TaskStatus.DONE);
		assertThat(view.current().reports()).extracting(r -> r.kind())
			.containsExactly(ReportKind.FEEDBACK, ReportKind.COMPLETION, ReportKind.REVIEW, ReportKind.COMPLETION);
		assertThat(view.current().reports().get(1).attachments()).hasSize(1);
	}

	@Test
	void a_liaison_who_guesses_another_departments_task_url_sees_nothing() {
		this.users.login(TestUsers.STAFF);
		long id = this.tasks
			.create(new TaskCommand("住建局专属任务", "内容", null, Urgency.NORMAL,
					DirectiveTestData.department(this.departments, "ZJJ").id(), Set.of(), LocalDate.now().plusDays(5)))
			.id();
		login(TestUsers.DEPT_YJJ, "tasks");
		assertThatThrownBy(() -> UI.getCurrent().navigate(TaskView.path(id)))
			.isInstanceOf(com.github.mvysny.kaributesting.v10.NotFoundError.class);
		assertThat(_find(TaskView.class)).isEmpty();
	}

	@Test
	void leaders_read_tasks_and_add_instructions() {
		this.users.login(TestUsers.STAFF);
		long id = this.tasks
			.create(new TaskCommand("领导关注任务", "内容", null, Urgency.URGENT,
					DirectiveTestData.department(this.departments, "YJJ").id(), Set.of(), LocalDate.now().plusDays(5)))
			.id();
		login(TestUsers.MAYOR, "tasks/" + id);
		assertThat(_find(Button.class, spec -> spec.withId("task-accept"))).isEmpty();
		_click(button("task-instruct"));
		TextDialog instruction = _get(TextDialog.class);
		instruction.text.setValue("请务必在汛期前完成。");
		_click(instruction.confirm);
		assertThat(_get(TaskView.class).current().reports()).singleElement()
			.satisfies(r -> assertThat(r.kind()).isEqualTo(ReportKind.INSTRUCTION));
	}

	@Test
	void staff_urge_and_the_liaison_finds_it_under_the_bell() {
		this.users.login(TestUsers.STAFF);
		long id = this.tasks
			.create(new TaskCommand("铃铛测试", "内容", null, Urgency.NORMAL,
					DirectiveTestData.department(this.departments, "JTJ").id(), Set.of(), LocalDate.now().plusDays(5)))
			.id();
		login(TestUsers.STAFF, TaskView.path(id));
		_click(button("task-urge"));
		_click(_get(TextDialog.class).confirm);
		assertThat(_get(TaskView.class).current().urgeCount()).isEqualTo(1);

		login("jtj", "");
		UI.getCurrent().navigate("notifications");
		@SuppressWarnings("unchecked")
		com.vaadin.flow.component.grid.Grid<org.anwei.duban.notification.NotificationItem> grid = _get(
				com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("notification-grid"));
		var newest = grid.getDataCommunicator().getItem(0);
		assertThat(newest.title()).isEqualTo("催办：铃铛测试");
		assertThat(newest.read()).isFalse();
		assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("notification-count")).getText())
			.isNotBlank();
	}

	@Test
	void my_work_lists_what_to_sign_and_what_to_decide() {
		this.users.login(TestUsers.STAFF);
		String title = "待办测试" + Long.toString(System.nanoTime(), 36);
		long id = this.tasks
			.create(new TaskCommand(title, "内容", null, Urgency.NORMAL,
					DirectiveTestData.department(this.departments, "CDQ").id(), Set.of(), LocalDate.now().plusDays(30)))
			.id();
		login("cdq", "my-work");
		assertThat(_get(MyWorkView.class).work.toSign()).extracting(TaskListItem::id).contains(id);
		UI.getCurrent().navigate(TaskView.path(id));
		_click(button("task-sign"));
		_click(button("task-extend"));
		ExtensionDialog extension = _get(ExtensionDialog.class);
		extension.reason.setValue("需协调多个街道。");
		extension.deadline.setValue(LocalDate.now().plusDays(45));
		_click(extension.send);

		login(TestUsers.STAFF, "my-work");
		assertThat(_get(MyWorkView.class).work.extensions())
			.anySatisfy(e -> assertThat(e.path()).isEqualTo("tasks/" + id));
		UI.getCurrent().navigate(TaskView.path(id));
		_click(button("extension-approve"));
		_click(_get(TextDialog.class).confirm);
		assertThat(_get(TaskView.class).current().currentDeadline()).isEqualTo(LocalDate.now().plusDays(45));
	}

	@Test
	void staff_set_up_a_monthly_report_and_its_first_occurrence_is_issued() {
		String title = "月度隐患报表" + Long.toString(System.nanoTime(), 36);
		login(TestUsers.STAFF, "tasks");
		_click(_get(Button.class, spec -> spec.withId("task-new")));
		TaskFormDialog form = _get(TaskFormDialog.class);
		form.title.setValue(title);
		form.content.setValue("每月末报送本单位隐患排查治理情况。");
		form.lead.setValue(DirectiveTestData.department(this.departments, "JTJ"));
		form.recurrence.setValue(org.anwei.duban.directive.Recurrence.MONTHLY);
		assertThat(form.deadline.isVisible()).isFalse();
		form.occurrences.setValue(12);
		_click(form.save);
		TaskListView list = _get(TaskListView.class);
		list.search.setValue(title);
		assertThat(list.shown()).extracting(TaskListItem::title).containsExactly(title + "（第1期）");
	}

	@Test
	void staff_issue_a_task_with_material_and_the_liaison_finds_it_on_the_task() throws IOException {
		String title = "填报隐患统计表" + Long.toString(System.nanoTime(), 36);
		login(TestUsers.STAFF, "tasks");
		_click(_get(Button.class, spec -> spec.withId("task-new")));
		TaskFormDialog form = _get(TaskFormDialog.class);
		assertThat(form.material.isVisible()).isTrue();
		form.title.setValue(title);
		form.content.setValue("按附表填报本单位隐患统计。");
		form.lead.setValue(DirectiveTestData.department(this.departments, "YJJ"));
		form.deadline.setValue(LocalDate.now().plusDays(15));
		form.material.receive("统计表.png", photo());
		_click(form.save);
		long id = Long.parseLong(currentPath().substring("tasks/".length()));

		login(TestUsers.DEPT_YJJ, "tasks/" + id);
		assertThat(_get(TaskView.class).current().reports()).singleElement()
			.satisfies(r -> assertThat(r.attachments()).extracting(a -> a.filename()).containsExactly("统计表.png"));
	}

	@Test
	void filters_come_back_from_the_url() {
		login(TestUsers.STAFF, "tasks?light=RED&category=FIRE&from=2026-01-01&to=2026-12-31&meeting=999999");
		TaskListView list = _get(TaskListView.class);
		assertThat(list.light.getValue()).isEqualTo(org.anwei.duban.task.StatusLight.RED);
		assertThat(list.category.getValue()).isEqualTo(org.anwei.duban.directive.DirectiveCategory.FIRE);
		assertThat(list.filter().deadlineTo()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(list.filter().meetingId()).isEqualTo(999_999L);
		assertThat(list.shown()).isEmpty();
	}

	private static Button button(String id) {
		return _get(Button.class, spec -> spec.withId(id));
	}

	private static byte[] photo() throws IOException {
		BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
