package org.anwei.duban.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.anwei.duban.MailBox;
import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.i18n.LanguagePreference;
import org.anwei.duban.base.i18n.Languages;
import org.anwei.duban.directive.DirectiveTestData;
import org.anwei.duban.notification.DigestService;
import org.anwei.duban.notification.NotificationItem;
import org.anwei.duban.notification.NotificationService;
import org.anwei.duban.organization.DepartmentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Notifications are stored as translation keys: each reader sees them in their own
 * language, and the daily mail is written in the language the user last chose.
 */
class NotificationLanguageTest extends SignedInAsAdminTest {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	TaskService tasks;

	@Autowired
	NotificationService notifications;

	@Autowired
	DigestService digests;

	@Autowired
	LanguagePreference languages;

	@Autowired
	DepartmentService departments;

	@AfterEach
	void back_to_chinese() {
		this.users.login(TestUsers.DEPT_ZJJ);
		this.languages.rememberForCurrentUser(Languages.CHINESE);
	}

	@Test
	void a_user_who_chose_english_reads_and_is_mailed_in_english() throws Exception {
		this.users.login(TestUsers.DEPT_ZJJ);
		this.languages.rememberForCurrentUser(Languages.ENGLISH);

		this.users.login(TestUsers.STAFF);
		String title = "语言测试" + Long.toString(System.nanoTime(), 36);
		LocalDate deadline = LocalDate.now().plusDays(20);
		this.tasks.create(new TaskCommand(title, "内容", null, Urgency.NORMAL,
				DirectiveTestData.department(this.departments, "ZJJ").id(), Set.of(), deadline));

		this.users.login(TestUsers.DEPT_ZJJ);
		assertThat(this.notifications.mine(Languages.ENGLISH, PageRequest.of(0, 50)))
			.extracting(NotificationItem::title, NotificationItem::body)
			.contains(org.assertj.core.groups.Tuple.tuple("New task to sign for: " + title,
					"Due " + deadline + ". Please sign for it and complete it on time."));
		assertThat(this.notifications.mine(Languages.CHINESE, PageRequest.of(0, 50)))
			.extracting(NotificationItem::title)
			.contains("新任务待签收：" + title);

		this.users.login(TestUsers.STAFF);
		assertThat(this.digests.sendDigests()).isPositive();
		List<MimeMessage> toZjj = mailsTo("zjj@demo.anwei.org");
		assertThat(toZjj).hasSize(1);
		assertThat(toZjj.getFirst().getSubject()).startsWith("Anwei Duban: ");
		assertThat(String.valueOf(toZjj.getFirst().getContent())).contains("Hello, here is what is new")
			.contains("New task to sign for: " + title)
			.doesNotContain("新任务待签收");
		List<MimeMessage> toYjj = mailsTo("yjj@demo.anwei.org");
		assertThat(toYjj).as("other users' mail stays Chinese")
			.allSatisfy(mail -> assertThat(mail.getSubject()).startsWith("安委督办："));
	}

	private static List<MimeMessage> mailsTo(String address) {
		return MailBox.mailsTo(smtp, address);
	}

}
