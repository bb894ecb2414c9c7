package org.anwei.duban.supervision;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.anwei.duban.MailBox;
import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.i18n.Languages;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.notification.NotificationItem;
import org.anwei.duban.notification.NotificationService;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.TaskCommand;
import org.anwei.duban.task.TaskQueries;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.Urgency;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A task goes overdue (the run is given later and later days, as a fake clock would):
 * reminders, one digest mail per user in a real SMTP server, and the escalation ladder
 * with numbered 督办 notices as Word and PDF.
 */
class ReminderServiceTest extends SignedInAsAdminTest {

	private static final String TASK = TaskQueries.SUPERVISED_TYPE;

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	ReminderService reminders;

	@Autowired
	TaskService tasks;

	@Autowired
	TaskQueries queries;

	@Autowired
	SupervisionService supervision;

	@Autowired
	NotificationService notifications;

	@Autowired
	DepartmentService departments;

	@Test
	void an_overdue_task_is_reminded_mailed_once_a_day_and_escalated_step_by_step() throws Exception {
		LocalDate deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(10);
		this.users.login(TestUsers.STAFF);
		String title = "逾期测试" + Long.toString(System.nanoTime(), 36);
		long id = this.tasks
			.create(new TaskCommand(title, "按期完成排查。", null, Urgency.URGENT,
					DirectiveTestData.department(this.departments, "YJJ").id(), Set.of(), deadline))
			.id();

		ReminderRun first = this.reminders.runFor(deadline.plusDays(1));
		assertThat(first.escalated()).isGreaterThanOrEqualTo(1);
		List<MimeMessage> toYjj = mailsTo("yjj@demo.anwei.org");
		assertThat(toYjj).as("one digest, however many notifications").hasSize(1);
		assertThat(GreenMailUtil.getBody(toYjj.getFirst())).isNotEmpty();
		assertThat(decoded(toYjj.getFirst())).contains(title).contains("督办（蓝色）");

		ReminderRun again = this.reminders.runFor(deadline.plusDays(1));
		assertThat(again.escalated()).isZero();
		assertThat(mailsTo("yjj@demo.anwei.org")).as("nothing twice on the same day").hasSize(1);

		this.reminders.runFor(deadline.plusDays(8));
		List<NoticeSummary> notices = this.supervision.notices(TASK, id);
		assertThat(notices).extracting(NoticeSummary::level)
			.containsExactly(EscalationLevel.BLUE, EscalationLevel.YELLOW);
		assertThat(notices.get(1).documentNumber()).matches("安委办督〔\\d{4}〕\\d+号");
		assertThat(notices.get(0).documentNumber()).isNotEqualTo(notices.get(1).documentNumber());

		byte[] pdf = this.supervision.noticeFile(TASK, id, notices.get(1).id(), true);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("督办通知单").contains("市应急管理局").contains(title).contains("黄色");
		}
		byte[] docx = this.supervision.noticeFile(TASK, id, notices.get(1).id(), false);
		try (XWPFWordExtractor word = new XWPFWordExtractor(new XWPFDocument(new java.io.ByteArrayInputStream(docx)))) {
			assertThat(word.getText()).contains(notices.get(1).documentNumber()).contains("示范市安全生产委员会办公室");
		}

		this.users.login(TestUsers.DEPT_YJJ);
		assertThat(this.notifications.mine(Languages.CHINESE, PageRequest.of(0, 200)))
			.extracting(NotificationItem::title)
			.anyMatch(t -> t.contains("督办（黄色）") && t.contains(title));
		this.users.login(TestUsers.LEADER);
		assertThat(this.notifications.mine(Languages.CHINESE, PageRequest.of(0, 200)))
			.extracting(NotificationItem::title)
			.as("the leader overseeing the department hears of the 督办")
			.anyMatch(t -> t.contains("督办（黄色）") && t.contains(title));
		this.users.login(TestUsers.HEAD_YJJ);
		List<String> toHead = this.notifications.mine(Languages.CHINESE, PageRequest.of(0, 200))
			.stream()
			.map(NotificationItem::title)
			.filter(t -> t.contains(title))
			.toList();
		assertThat(toHead).as("the department head hears of each 督办 step")
			.anyMatch(t -> t.contains("督办（蓝色）"))
			.anyMatch(t -> t.contains("督办（黄色）"));
		assertThat(toHead).as("but not of the issue or the daily reminders, which are the liaison's")
			.noneMatch(t -> t.startsWith("新任务待签收"))
			.allMatch(t -> t.startsWith("督办"));
		assertThat(mailsTo("yjjz@demo.anwei.org")).isNotEmpty()
			.allSatisfy(mail -> assertThat(decoded(mail)).contains("督办"));
	}

	@Test
	void staff_urge_by_hand_and_the_count_is_kept() {
		this.users.login(TestUsers.STAFF);
		long id = this.tasks
			.create(new TaskCommand("催办测试", "内容", null, Urgency.NORMAL,
					DirectiveTestData.department(this.departments, "ZJJ").id(), Set.of(), LocalDate.now().plusDays(3)))
			.id();
		this.supervision.urge(TASK, id, this.queries.get(id).version(), "请本周内报送进展。");
		this.supervision.urge(TASK, id, this.queries.get(id).version(), "");
		assertThat(this.supervision.notices(TASK, id)).extracting(NoticeSummary::kind)
			.containsExactly(NoticeKind.URGE, NoticeKind.URGE);
		assertThat(this.supervision.notices(TASK, id).getFirst().documentNumber()).startsWith("安委办催〔");
		this.users.login(TestUsers.DEPT_YJJ);
		assertThatThrownBy(() -> this.supervision.notices(TASK, id))
			.isInstanceOf(org.anwei.duban.base.NotFoundException.class);
	}

	private static List<MimeMessage> mailsTo(String address) {
		return MailBox.mailsTo(smtp, address);
	}

	private static String decoded(MimeMessage message) throws MessagingException, IOException {
		return String.valueOf(message.getContent());
	}

}
