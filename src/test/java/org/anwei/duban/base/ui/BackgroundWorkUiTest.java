package org.anwei.duban.base.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.anwei.duban.BackgroundDownloads;
import org.anwei.duban.KaribuTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.base.ValidationException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports in the background: the 督办台账 of the task list offered when written, a failure
 * said in the user's words, and a full pool refusing more work rather than queueing it.
 */
class BackgroundWorkUiTest extends KaribuTest {

	@Test
	void the_task_ledger_is_written_in_the_background_and_offered_for_download() throws IOException {
		login(TestUsers.STAFF, "tasks");
		_click(_get(Button.class, spec -> spec.withId("task-export")));

		byte[] xlsx = BackgroundDownloads.await();

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Row header = workbook.getSheetAt(0).getRow(1);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("序号");
			assertThat(header.getCell(1).getStringCellValue()).isEqualTo("工作任务");
		}
		assertThat(UI.getCurrent().getPollInterval()).as("no more polling once done").isEqualTo(-1);
	}

	@Test
	void a_failure_is_told_in_the_users_words() {
		login(TestUsers.STAFF, "tasks");
		BackgroundWork work = this.context.getBean(BackgroundWork.class);
		work.run(UI.getCurrent(), "测试", () -> {
			throw ValidationException.of("report.month", "validation.report.future-month");
		}, result -> {
		});
		BackgroundDownloads.awaitDone();
		NotificationsKt.expectNotifications("月份：只能生成本月或以前月份的通报。");
	}

	@Test
	void a_full_pool_refuses_more_work_with_a_message() throws InterruptedException {
		login(TestUsers.STAFF, "tasks");
		ExecutorService one = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new SynchronousQueue<>());
		CountDownLatch release = new CountDownLatch(1);
		try {
			BackgroundWork work = new BackgroundWork(one);
			work.run(UI.getCurrent(), "甲", () -> {
				try {
					return release.await(30, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					throw new IllegalStateException(ex);
				}
			}, result -> {
			});
			NotificationsKt.clearNotifications();
			work.run(UI.getCurrent(), "乙", () -> true, result -> {
			});
			NotificationsKt.expectNotifications("服务器正在处理较多导出任务，请稍后再试。");
		}
		finally {
			release.countDown();
			one.shutdown();
		}
	}

	@Test
	void a_file_made_for_a_tab_closed_meanwhile_is_deleted() throws Exception {
		login(TestUsers.STAFF, "tasks");
		BackgroundWork work = this.context.getBean(BackgroundWork.class);
		CountDownLatch written = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		UI ui = UI.getCurrent();
		long before = exportFiles();
		work.download(ui, "测试", "x.xlsx", "application/octet-stream", out -> {
			out.write(1);
			written.countDown();
			try {
				release.await(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});
		assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
		assertThat(exportFiles()).isEqualTo(before + 1);
		ui.getInternals().getSession().close();
		com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
		release.countDown();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (exportFiles() > before && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertThat(exportFiles()).as("the export of a UI that is gone").isEqualTo(before);
	}

	private static long exportFiles() throws IOException {
		try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files
			.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
			return files.filter(f -> f.getFileName().toString().startsWith("anwei-export-")).count();
		}
	}

}
