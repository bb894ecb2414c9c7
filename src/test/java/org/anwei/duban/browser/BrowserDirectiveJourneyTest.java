package org.anwei.duban.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.anwei.duban.TestUsers;
import org.anwei.duban.directive.DirectiveDetails;
import org.anwei.duban.directive.DirectiveQueries;
import org.anwei.duban.directive.DirectiveService;
import org.anwei.duban.directive.DirectiveStatus;
import org.anwei.duban.meeting.MeetingCommand;
import org.anwei.duban.meeting.MeetingDetails;
import org.anwei.duban.meeting.MeetingKind;
import org.anwei.duban.meeting.MeetingLevel;
import org.anwei.duban.meeting.MeetingService;
import org.anwei.duban.meeting.MeetingStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main journey of the meetings feature in a real browser: staff upload a speech, open
 * its requirements, see them highlighted in the text, and issue them.
 */
class BrowserDirectiveJourneyTest extends BrowserTest {

	private static final String SPEECH = """
			关于做好岁末年初安全生产工作的讲话

			一是市安监局要在年底前完成全市危化品企业隐患排查；二是市住建局要在12月20日前完成在建工地安全检查；三是市交通运输局要在12月25日前完成客运车辆安全检查。
			""";

	@Autowired
	MeetingService meetings;

	@Autowired
	DirectiveService directives;

	@Autowired
	DirectiveQueries queries;

	@Autowired
	org.anwei.duban.TestUsers users;

	@Test
	void staff_upload_a_speech_review_its_requirements_and_issue_them() throws Exception {
		this.users.login(TestUsers.STAFF);
		MeetingDetails meeting = this.meetings.create(new MeetingCommand("岁末年初安全生产工作会议",
				java.time.LocalDate.of(2026, 11, 20), MeetingLevel.CITY, MeetingKind.PLENARY, null, Set.of(), null));
		TestUsers.logout();
		Path speech = Files.createTempFile("讲话", ".txt");
		Files.writeString(speech, SPEECH, StandardCharsets.UTF_8);

		WebDriverWait wait = signInAsDemo(TestUsers.STAFF);
		driver.get(url("meetings/" + meeting.id()));
		WebElement fileInput = wait.until(d -> (WebElement) script("""
				const upload = document.querySelector('vaadin-upload');
				if (!upload) return null;
				return upload.querySelector('input[type=file]')
				    || (upload.shadowRoot && upload.shadowRoot.querySelector('input[type=file]'));
				"""));
		fileInput.sendKeys(speech.toAbsolutePath().toString());
		WebElement review = wait.until(
				d -> d.findElements(By.cssSelector("vaadin-button[id^='review-']")).stream().findFirst().orElse(null));
		script("arguments[0].scrollIntoView({block: 'center'})", review);
		screenshot("meeting-with-document");
		review.click();

		List<WebElement> marks = wait.until(d -> {
			List<WebElement> found = d.findElements(By.cssSelector("#directive-source .directive-mark"));
			return found.size() == 3 ? found : null;
		});
		assertThat(marks.get(1).getText()).contains("市住建局要在12月20日前完成在建工地安全检查");
		script("arguments[0].scrollIntoView({block: 'center'})", marks.get(2));
		marks.get(2).click();
		wait.until(d -> marks.get(2).getAttribute("class").contains("active"));
		screenshot("directive-review");

		driver.findElement(By.id("directive-issue")).click();
		WebElement confirm = wait
			.until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog [slot='confirm-button']"))
				.stream()
				.filter(WebElement::isDisplayed)
				.findFirst()
				.orElse(null));
		confirm.click();
		wait.until(d -> d.findElement(By.id("directive-summary")).getText().contains("已下发 3 条"));
		screenshot("directive-issued");

		this.users.login(TestUsers.STAFF);
		assertThat(this.meetings.get(meeting.id()).status()).isEqualTo(MeetingStatus.ISSUED);
		long documentId = this.meetings.get(meeting.id()).documents().getFirst().id();
		assertThat(this.queries.forDocument(meeting.id(), documentId)).extracting(DirectiveDetails::status)
			.containsOnly(DirectiveStatus.ISSUED);
		TestUsers.logout();
	}

}
