package org.anwei.duban.report.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneId;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.anwei.duban.BackgroundDownloads;
import org.anwei.duban.KaribuTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.report.MonthlyReportService;
import org.anwei.duban.report.MonthlyReportSummary;
import org.anwei.duban.report.ReportState;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff draft a month's report in the background, download it, issue a draft with the
 * final file, and are told at once when a template holds an unknown placeholder; leaders
 * only read.
 */
class MonthlyReportUiTest extends KaribuTest {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	MonthlyReportService reports;

	@Test
	void staff_draft_the_chosen_month_in_the_background_and_download_it() throws IOException {
		login(TestUsers.STAFF, "reports");
		MonthlyReportView view = _get(MonthlyReportView.class);
		YearMonth month = YearMonth.now(ZONE).minusMonths(23);
		view.month.setValue(month);
		_click(view.draft);
		BackgroundDownloads.awaitDone();

		MonthlyReportSummary drafted = view.grid.getListDataView()
			.getItems()
			.filter(r -> r.month().equals(month))
			.findFirst()
			.orElseThrow();
		assertThat(drafted.state()).isEqualTo(ReportState.DRAFT);
		assertThat(view.draft.isEnabled()).isTrue();
		int row = view.grid.getListDataView().getItems().toList().indexOf(drafted);
		Anchor download = (Anchor) com.github.mvysny.kaributesting.v10.GridKt
			._getCellComponent(view.grid, row, "actions")
			.getChildren()
			.filter(Anchor.class::isInstance)
			.findFirst()
			.orElseThrow();
		assertThat(download.getText()).isEqualTo("下载");
		byte[] docx = this.reports.download(drafted.id());
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
			assertThat(new XWPFWordExtractor(document).getText()).contains(drafted.documentNumber(),
					month.getYear() + "年" + month.getMonthValue() + "月");
		}
	}

	@Test
	void staff_issue_a_draft_with_the_final_file() throws IOException {
		this.users.login(TestUsers.STAFF);
		YearMonth month = YearMonth.now(ZONE).minusMonths(49);
		MonthlyReportSummary draft = this.reports.draft(month);
		login(TestUsers.STAFF, "reports");
		MonthlyReportView list = _get(MonthlyReportView.class);
		_click(issueButton(list, draft.id()));
		IssueReportDialog dialog = _get(IssueReportDialog.class);
		dialog.received.add("定稿.docx", org.anwei.duban.report.MonthlyReportServiceTestDocuments.docx("定稿正文"));
		dialog.issue.setEnabled(true);
		_click(dialog.issue);

		MonthlyReportView view = _get(MonthlyReportView.class);
		assertThat(view.grid.getListDataView()
			.getItems()
			.filter(r -> r.id() == draft.id())
			.findFirst()
			.orElseThrow()
			.state()).isEqualTo(ReportState.ISSUED);
		assertThat(issueButton(view, draft.id())).as("issued once").isNull();
	}

	@Test
	void a_template_with_an_unknown_placeholder_is_refused_with_its_name() throws IOException {
		login(TestUsers.STAFF, "reports");
		TemplatePanel panel = _get(TemplatePanel.class);
		panel.upload("模板.docx", org.anwei.duban.report.MonthlyReportServiceTestDocuments.docx("{{文号}} {{下达任务}}"));
		NotificationsKt.expectNotifications("模板：无法识别的占位符 {{下达任务}}，请对照占位符列表修改。");
		assertThat(panel.inUse.getText()).isEqualTo("当前使用内置模板。");
	}

	@Test
	void leaders_read_the_reports_without_drafting_or_templates() {
		login(TestUsers.LEADER, "reports");
		assertThat(_find(Button.class, spec -> spec.withId("report-draft"))).isEmpty();
		assertThat(_find(TemplatePanel.class)).isEmpty();
		assertThat(_find(com.vaadin.flow.component.grid.Grid.class, spec -> spec.withId("report-list"))).hasSize(1);
	}

	/** The row's issue button, or null when the row has none. */
	private static Button issueButton(MonthlyReportView view, long id) {
		java.util.List<MonthlyReportSummary> rows = view.grid.getListDataView().getItems().toList();
		int row = rows.indexOf(rows.stream().filter(r -> r.id() == id).findFirst().orElseThrow());
		return com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(view.grid, row, "actions")
			.getChildren()
			.filter(Button.class::isInstance)
			.map(Button.class::cast)
			.findFirst()
			.orElse(null);
	}

}
