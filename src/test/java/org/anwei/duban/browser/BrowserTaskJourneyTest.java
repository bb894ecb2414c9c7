package org.anwei.duban.browser;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import javax.imageio.ImageIO;

import org.anwei.duban.TestUsers;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.ReportKind;
import org.anwei.duban.task.TaskCommand;
import org.anwei.duban.task.TaskDetails;
import org.anwei.duban.task.TaskQueries;
import org.anwei.duban.task.TaskService;
import org.anwei.duban.task.TaskStatus;
import org.anwei.duban.task.Urgency;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The task journey on a phone: the liaison finds the new task under 我的待办, signs it,
 * submits the completion report with a photo; staff accept it.
 */
class BrowserTaskJourneyTest extends BrowserTest {

	@Autowired
	TaskService tasks;

	@Autowired
	TaskQueries queries;

	@Autowired
	DepartmentService departments;

	@Autowired
	org.anwei.duban.TestUsers users;

	@Test
	void a_liaison_signs_and_reports_with_a_photo_and_staff_accept() throws Exception {
		this.users.login(TestUsers.STAFF);
		long yjj = this.departments.directory()
			.stream()
			.filter(d -> d.code().equals("YJJ"))
			.findFirst()
			.orElseThrow()
			.id();
		String title = "浏览器任务" + Long.toString(System.nanoTime(), 36);
		long id = this.tasks
			.create(new TaskCommand(title, "检查辖区内危化品仓库。", null, Urgency.EXPEDITED, yjj, Set.of(),
					LocalDate.now().plusDays(7)))
			.id();
		TestUsers.logout();
		Path photo = Files.createTempFile("现场", ".png");
		ImageIO.write(new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());

		WebDriverWait wait = signInAsDemo(TestUsers.DEPT_YJJ);
		driver.get(url("my-work"));
		WebElement link = wait.until(d -> d.findElements(By.cssSelector("#my-to-sign a"))
			.stream()
			.filter(a -> a.getText().equals(title))
			.findFirst()
			.orElse(null));
		screenshot("my-work-yjj");
		script("arguments[0].scrollIntoView({block: 'center'})", link);
		link.click();
		click(wait, "task-sign");
		wait.until(d -> d.findElement(By.id("task-status")).getText().contains("办理中"));
		click(wait, "task-submit");
		wait.until(d -> d.findElement(By.cssSelector("#report-text textarea"))).sendKeys("仓库已全部检查，无重大隐患。");
		attach(wait, "report-upload", photo);
		screenshot("task-report-dialog");
		click(wait, "report-send");
		wait.until(d -> d.findElement(By.id("task-status")).getText().contains("待审核"));
		screenshot("task-submitted");

		driver.manage().deleteAllCookies();
		wait = signInAsDemo(TestUsers.STAFF);
		driver.get(url("tasks/" + id));
		click(wait, "task-accept");
		click(wait, "text-dialog-confirm");
		wait.until(d -> d.findElement(By.id("task-status")).getText().contains("已办结"));

		this.users.login(TestUsers.STAFF);
		TaskDetails done = this.queries.get(id);
		assertThat(done.status()).isEqualTo(TaskStatus.DONE);
		assertThat(done.reports()).filteredOn(r -> r.kind() == ReportKind.COMPLETION)
			.singleElement()
			.satisfies(r -> assertThat(r.attachments()).singleElement()
				.satisfies(a -> assertThat(a.contentType()).isEqualTo("image/png")));
		TestUsers.logout();
	}

}
