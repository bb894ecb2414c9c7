package org.anwei.duban.task;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.anwei.duban.extension.ExtensionDetails;
import org.anwei.duban.evidence.Upload;
import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.audit.AuditEntry;
import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.directive.DirectiveDetails;
import org.anwei.duban.directive.DirectiveQueries;
import org.anwei.duban.directive.DirectiveService;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.directive.DirectiveTestData.Fixture;
import org.anwei.duban.meeting.MeetingService;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.security.UserAccount;
import org.anwei.duban.security.UserCommand;
import org.anwei.duban.security.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.anwei.duban.directive.DirectiveTestData.department;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TaskServiceTest extends SignedInAsAdminTest {

	@Autowired
	TaskService tasks;

	@Autowired
	TaskQueries queries;

	@Autowired
	ExtensionService extensions;

	@Autowired
	DirectiveService directives;

	@Autowired
	DirectiveQueries directiveQueries;

	@Autowired
	MeetingService meetings;

	@Autowired
	DepartmentService departments;

	@Autowired
	AuditTrail auditTrail;

	@Autowired
	UserService userService;

	/**
	 * Clearing a leader's departments revokes access; "all departments" is a choice of
	 * its own.
	 */
	@Test
	void a_leader_with_no_overseen_department_sees_no_task_and_all_departments_is_explicit() {
		this.users.login(TestUsers.STAFF);
		long everything = this.queries.count(TaskFilter.none());
		assertThat(everything).isPositive();

		this.users.login(TestUsers.ADMIN);
		String username = "ld" + Long.toString(System.nanoTime(), 36);
		UserAccount leader = this.userService
			.create(new UserCommand(username, "分管领导", null, Set.of(Role.LEADER), Set.of(), null, null), null)
			.account();
		this.users.login(username);
		assertThat(this.queries.count(TaskFilter.none())).isZero();
		assertThat(this.queries.list(TaskFilter.none(), PageRequest.of(0, 10))).isEmpty();

		this.users.login(TestUsers.ADMIN);
		this.userService.update(leader.id(), leader.version(),
				new UserCommand(username, "分管领导", null, Set.of(Role.LEADER), Set.of(), null, null, false, true));
		this.users.login(username);
		assertThat(this.queries.count(TaskFilter.none())).isEqualTo(everything);
	}

	@Test
	void issuing_directives_creates_their_tasks_with_the_sentence_they_came_from() {
		this.users.login(TestUsers.STAFF);
		Fixture f = DirectiveTestData.meetingWithSpeech(this.meetings, DirectiveTestData.SPEECH);
		this.directives.extract(f.meetingId(), f.documentId());
		DirectiveDetails first = this.directiveQueries.forDocument(f.meetingId(), f.documentId()).getFirst();
		this.directives.issue(f.meetingId(), f.documentId(), List.of(first.ref()));

		TaskListItem item = this.queries
			.list(new TaskFilter(null, null, null, null, f.meetingId(), null, null, null), PageRequest.of(0, 10))
			.getFirst();
		TaskDetails task = this.queries.get(item.id());
		assertThat(task.lead().departmentName()).isEqualTo("市应急管理局");
		assertThat(task.title()).isEqualTo(first.title()).isEqualTo("危化品企业排查");
		assertThat(task.content()).isEqualTo(first.text());
		assertThat(task.parties()).extracting(PartyDetails::departmentName).contains("市公安局");
		assertThat(task.currentDeadline()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(task.originalDeadline()).isEqualTo(task.currentDeadline());
		assertThat(task.source().sentence()).isEqualTo(DirectiveTestData.SPEECH.substring(first.start(), first.end()));
		assertThat(task.source().documentId()).isEqualTo(f.documentId());
		assertThat(task.status()).isEqualTo(TaskStatus.ISSUED);
	}

	@Test
	void lead_and_assisting_departments_carry_a_task_through_review_to_done() throws IOException {
		long id = newTask("危化品企业专项检查", LocalDate.now().plusDays(30), "YJJ", "ZJJ");

		this.users.login(TestUsers.DEPT_YJJ);
		TaskDetails signed = this.tasks.sign(id, version(id));
		assertThat(signed.status()).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(this.tasks.assignResponsible(id, version(id), "王强、李明").responsiblePersons()).isEqualTo("王强、李明");
		this.users.login(TestUsers.DEPT_ZJJ);
		this.tasks.sign(id, version(id));
		assertThatThrownBy(() -> this.tasks.assignResponsible(id, version(id), "配合单位不能指定"))
			.isInstanceOf(ValidationException.class);
		TaskDetails fed = this.tasks.report(id, version(id), ReportKind.FEEDBACK, "住建局已完成工地部分的检查。", List.of());
		assertThat(fed.party(department(this.departments, "ZJJ").id()).orElseThrow().state())
			.isEqualTo(PartyState.REPORTED);

		this.users.login(TestUsers.DEPT_YJJ);
		byte[] photo = photo();
		this.tasks.report(id, version(id), ReportKind.PROGRESS, "已检查 12 家企业。", List.of(new Upload("现场.png", photo)));
		TaskDetails submitted = this.tasks.submit(id, version(id), "检查完成，发现隐患 3 处，已整改。", List.of());
		assertThat(submitted.status()).isEqualTo(TaskStatus.SUBMITTED);

		this.users.login(TestUsers.STAFF);
		assertThatThrownBy(() -> this.tasks.returnTask(id, version(id), " ")).isInstanceOfSatisfying(
				ValidationException.class,
				ex -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("task.reason"));
		TaskDetails returned = this.tasks.returnTask(id, version(id), "请补充整改前后的照片。");
		assertThat(returned.status()).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(returned.parties()).extracting(PartyDetails::state).doesNotContain(PartyState.REPORTED);

		this.users.login(TestUsers.DEPT_YJJ);
		this.tasks.submit(id, version(id), "已补充整改照片。", List.of(new Upload("整改后.png", photo)));
		this.users.login(TestUsers.STAFF);
		TaskDetails done = this.tasks.accept(id, version(id), "");
		assertThat(done.status()).isEqualTo(TaskStatus.DONE);
		assertThat(done.light()).isEqualTo(StatusLight.NONE);
		assertThat(done.completedAt()).isNotNull();
		assertThat(done.reports()).extracting(ReportDetails::kind)
			.containsExactly(ReportKind.FEEDBACK, ReportKind.PROGRESS, ReportKind.COMPLETION, ReportKind.REVIEW,
					ReportKind.COMPLETION);
		AttachmentSummary attachment = done.reports().get(1).attachments().getFirst();
		assertThat(attachment.contentType()).isEqualTo("image/png");
		assertThat(this.queries.attachment(id, attachment.id(), false)).isEqualTo(photo);
		assertThat(this.queries.attachment(id, attachment.id(), true)).isNotEqualTo(photo);
		assertThat(this.auditTrail.history(TaskService.ENTITY, id)).extracting(AuditEntry::action)
			.containsSubsequence("ACCEPT", "SUBMITTED", "RETURN", "SUBMITTED", "PROGRESS", "SIGNED", "ISSUED");
	}

	@Test
	void a_department_user_cannot_see_or_touch_another_departments_task() {
		long id = newTask("住建局独立任务", LocalDate.now().plusDays(10), "ZJJ");
		this.users.login(TestUsers.DEPT_YJJ);
		assertThatThrownBy(() -> this.queries.get(id)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.tasks.sign(id, 0)).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.queries.attachment(id, 1, false)).isInstanceOf(NotFoundException.class);
		assertThat(this.queries.list(filter("住建局独立任务", null), PageRequest.of(0, 10))).isEmpty();
		this.users.login(TestUsers.DEPT_ZJJ);
		assertThat(this.queries.list(filter("住建局独立任务", null), PageRequest.of(0, 10))).hasSize(1);
	}

	@Test
	void illegal_steps_are_refused_with_the_reason() {
		long id = newTask("次序检查", LocalDate.now().plusDays(10), "YJJ", "ZJJ");
		this.users.login(TestUsers.DEPT_YJJ);
		assertThatThrownBy(() -> this.tasks.submit(id, version(id), "想直接办结", List.of())).isInstanceOfSatisfying(
				ValidationException.class,
				ex -> assertThat(ex.errors().getFirst().messageKey()).isEqualTo("validation.task.sign-first"));
		this.tasks.sign(id, version(id));
		this.users.login(TestUsers.STAFF);
		assertThatThrownBy(() -> this.tasks.accept(id, version(id), "")).isInstanceOfSatisfying(
				ValidationException.class,
				ex -> assertThat(ex.errors().getFirst().messageKey()).isEqualTo("validation.task.illegal-transition"));
		this.users.login(TestUsers.DEPT_ZJJ);
		this.tasks.sign(id, version(id));
		assertThatThrownBy(() -> this.tasks.submit(id, version(id), "配合单位不能办结", List.of())).isInstanceOfSatisfying(
				ValidationException.class,
				ex -> assertThat(ex.errors().getFirst().messageKey()).isEqualTo("validation.task.lead-only"));
	}

	@Test
	void a_file_that_is_not_what_it_claims_is_refused_and_nothing_is_saved() {
		long id = newTask("附件检查", LocalDate.now().plusDays(10), "YJJ");
		this.users.login(TestUsers.DEPT_YJJ);
		this.tasks.sign(id, version(id));
		byte[] program = { 'M', 'Z', 0, 0, 1, 2, 3 };
		assertThatThrownBy(() -> this.tasks.report(id, version(id), ReportKind.PROGRESS, "附上照片",
				List.of(new Upload("照片.jpg", program))))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.errors().getFirst().messageKey()).isEqualTo("validation.attachment.type"));
		assertThat(this.queries.get(id).reports()).isEmpty();
	}

	@Test
	void an_approved_extension_moves_the_current_deadline_and_keeps_the_original() {
		LocalDate original = LocalDate.now().plusDays(5);
		long id = newTask("延期检查", original, "YJJ");
		this.users.login(TestUsers.DEPT_YJJ);
		assertThatThrownBy(() -> this.extensions.request(id, version(id), "来不及", original)).isInstanceOfSatisfying(
				ValidationException.class,
				ex -> assertThat(ex.errors()).extracting(FieldError::field).containsExactly("extension.deadline"));
		TaskDetails requested = this.extensions.request(id, version(id), "涉及企业较多，需增加检查时间。", original.plusDays(10));
		assertThatThrownBy(() -> this.extensions.request(id, version(id), "再申请一次", original.plusDays(20)))
			.isInstanceOf(ValidationException.class);

		this.users.login(TestUsers.STAFF);
		ExtensionDetails pending = requested.pendingExtension().orElseThrow();
		assertThat(this.queries.pendingExtensions()).extracting(ExtensionDetails::id).contains(pending.id());
		assertThatThrownBy(() -> this.extensions.decide(pending.id(), pending.version(), false, ""))
			.isInstanceOf(ValidationException.class);
		TaskDetails approved = this.extensions.decide(pending.id(), pending.version(), true, "同意");
		assertThat(approved.currentDeadline()).isEqualTo(original.plusDays(10));
		assertThat(approved.originalDeadline()).isEqualTo(original);
		assertThat(approved.extensionCount()).isEqualTo(1);
		assertThatThrownBy(() -> this.extensions.decide(pending.id(), pending.version(), true, ""))
			.isInstanceOf(ConcurrentEditException.class);

		this.users.login(TestUsers.DEPT_YJJ);
		ExtensionDetails second = this.extensions.request(id, version(id), "再延期", original.plusDays(15))
			.pendingExtension()
			.orElseThrow();
		this.users.login(TestUsers.STAFF);
		this.extensions.decide(second.id(), second.version(), true, "");
		this.users.login(TestUsers.DEPT_YJJ);
		assertThatThrownBy(() -> this.extensions.request(id, version(id), "第三次", original.plusDays(30)))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.errors().getFirst().messageKey()).isEqualTo("validation.extension.limit"));
	}

	@Test
	void lights_filter_in_the_database() {
		String tag = "灯" + Long.toString(System.nanoTime(), 36);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		newTask(tag + "红", today.minusDays(1), "YJJ");
		newTask(tag + "黄", today.plusDays(2), "YJJ");
		newTask(tag + "绿", today.plusDays(60), "YJJ");
		this.users.login(TestUsers.STAFF);
		for (StatusLight light : List.of(StatusLight.RED, StatusLight.YELLOW, StatusLight.GREEN)) {
			List<TaskListItem> found = this.queries.list(filter(tag, light), PageRequest.of(0, 10));
			assertThat(found).singleElement().satisfies(t -> assertThat(t.light()).isEqualTo(light));
			assertThat(this.queries.count(filter(tag, light))).isEqualTo(1);
		}
	}

	@Test
	void staff_attach_material_to_the_task_and_the_department_sees_it() throws IOException {
		long id = newTask("材料检查", LocalDate.now().plusDays(10), "YJJ");
		this.users.login(TestUsers.STAFF);
		this.tasks.attachMaterial(id, version(id), "检查表见附件。", List.of(new Upload("检查表.png", photo())));
		this.users.login(TestUsers.DEPT_YJJ);
		assertThat(this.queries.get(id).reports()).singleElement().satisfies(r -> {
			assertThat(r.kind()).isEqualTo(ReportKind.MATERIAL);
			assertThat(r.attachments()).hasSize(1);
		});
		assertThatThrownBy(() -> this.tasks.attachMaterial(id, version(id), "部门不能添加", List.of()))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}

	@Test
	void material_goes_out_with_a_new_task_or_the_task_is_not_created() throws IOException {
		this.users.login(TestUsers.STAFF);
		long yjj = DirectiveTestData.department(this.departments, "YJJ").id();
		String title = "带材料下发" + Long.toString(System.nanoTime(), 36);
		byte[] program = { 'M', 'Z', 0, 0, 1, 2, 3 };
		TaskCommand command = new TaskCommand(title, "按附表填报。", null, Urgency.NORMAL, yjj, Set.of(),
				LocalDate.now().plusDays(10));
		assertThatThrownBy(() -> this.tasks.create(command,
				List.of(new Upload("填报表.png", photo()), new Upload("通知.pdf", program))))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.errors()).extracting(FieldError::messageKey)
						.containsExactly("validation.attachment.type"));
		TaskFilter byTitle = new TaskFilter(title, null, null, null, null, null, null, null);
		assertThat(this.queries.count(byTitle)).as("a refused file refuses the whole task").isZero();

		long id = this.tasks.create(command, List.of(new Upload("填报表.png", photo()))).id();
		this.users.login(TestUsers.DEPT_YJJ);
		assertThat(this.queries.get(id).reports()).singleElement().satisfies(r -> {
			assertThat(r.kind()).isEqualTo(ReportKind.MATERIAL);
			assertThat(r.attachments()).extracting(a -> a.filename()).containsExactly("填报表.png");
		});
	}

	@Test
	void a_stale_version_is_refused() {
		long id = newTask("并发检查", LocalDate.now().plusDays(10), "YJJ");
		this.users.login(TestUsers.DEPT_YJJ);
		long seen = version(id);
		this.tasks.sign(id, seen);
		assertThatThrownBy(() -> this.tasks.report(id, seen, ReportKind.PROGRESS, "旧页面上的报告", List.of()))
			.isInstanceOf(ConcurrentEditException.class);
	}

	private long newTask(String title, LocalDate deadline, String leadCode, String... assistingCodes) {
		return TaskTestData.newTask(this.users, this.tasks, this.departments, title, deadline, leadCode,
				assistingCodes);
	}

	private long version(long id) {
		return this.queries.get(id).version();
	}

	private static TaskFilter filter(String text, StatusLight light) {
		return new TaskFilter(text, null, light, null, null, null, null, null);
	}

	private static byte[] photo() throws IOException {
		BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
		image.getGraphics().fillRect(100, 100, 300, 200);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(image, "png", out);
		return out.toByteArray();
	}

}
