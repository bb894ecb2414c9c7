package org.anwei.duban.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.anwei.duban.SignedInAsAdminTest;
import org.anwei.duban.TestUsers;
import org.anwei.duban.accountability.AccountabilityCommand;
import org.anwei.duban.accountability.AccountabilityKind;
import org.anwei.duban.accountability.AccountabilityService;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.TaskFigureFixture;
import org.anwei.duban.task.TaskFigureFixtures;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.anwei.duban.task.TaskFigureFixture.MONTH;
import static org.anwei.duban.task.TaskFigureFixture.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The monthly report read back with POI: the hand-counted task fixture's month drafted
 * from the built-in template, numbering, issuing, the committee's template, and who may
 * do what. Each test drafts months no other test drafts, so a report issued here does not
 * stand in another test's way.
 */
class MonthlyReportServiceTest extends SignedInAsAdminTest {

	@Autowired
	MonthlyReportService reports;

	@Autowired
	ReportTemplates templates;

	@Autowired
	TaskFigureFixtures fixtures;

	@Autowired
	AccountabilityService accountability;

	@Autowired
	DepartmentService departments;

	@Test
	void the_draft_holds_the_months_ranking_overdue_tasks_and_accountability_actions() throws IOException {
		TaskFigureFixture f = this.fixtures.create();
		String first = this.departments.namesOf(List.of(f.first)).get(f.first);
		this.users.login(TestUsers.STAFF);
		this.accountability.record(new AccountabilityCommand(AccountabilityKind.INTERVIEW, MONTH.atDay(16), f.first,
				"王某某", "逾期未办结，约谈主要负责人。", "安委办", Set.of(), Set.of(), null));

		MonthlyReportSummary draft = this.reports.draft(MONTH);

		assertThat(draft.documentNumber()).matches("安委办通〔" + Year.now(ZONE) + "〕\\d+号");
		assertThat(draft.state()).isEqualTo(ReportState.DRAFT);
		try (XWPFDocument document = read(this.reports.download(draft.id()))) {
			String text = new XWPFWordExtractor(document).getText();
			assertThat(text)
				.contains("安全生产工作落实情况通报", draft.documentNumber(), MONTH.getYear() + "年" + MONTH.getMonthValue() + "月",
						"示范市安全生产委员会办公室", "乙：逾期办结", "丙：延期后仍逾期", "王某某", "逾期未办结，约谈主要负责人。")
				.doesNotContain("{{", "甲：按时办结");
			assertThat(row(document, first)).as("issued T1 T2 T3 T5, done T1 T2, on time T1 of T1 T2 T3")
				.containsExactly("4", "2", "33.3%", "2", "1", "1", "1", "0", "0", "15.3");
		}
	}

	@Test
	void a_month_drafted_again_keeps_its_number_and_the_next_month_takes_the_next() {
		this.users.login(TestUsers.STAFF);
		YearMonth one = YearMonth.now(ZONE).minusMonths(41);
		MonthlyReportSummary first = this.reports.draft(one);
		MonthlyReportSummary again = this.reports.draft(one);
		MonthlyReportSummary next = this.reports.draft(one.minusMonths(1));

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(again.documentNumber()).isEqualTo(first.documentNumber());
		assertThat(again.version()).isGreaterThan(first.version());
		assertThat(number(next)).isEqualTo(number(first) + 1);
		assertThatThrownBy(() -> this.reports.draft(YearMonth.now(ZONE).plusMonths(1))).isInstanceOfSatisfying(
				ValidationException.class,
				ex -> assertThat(ex.errors().getFirst().messageKey()).isEqualTo("validation.report.future-month"));
	}

	@Test
	void an_issued_report_keeps_the_final_file_and_is_never_drafted_or_issued_again() throws IOException {
		this.users.login(TestUsers.STAFF);
		YearMonth month = YearMonth.now(ZONE).minusMonths(43);
		MonthlyReportSummary draft = this.reports.draft(month);
		byte[] finished = docx("定稿：请各单位认真整改。");

		assertThatThrownBy(() -> this.reports.issue(draft.id(), draft.version(), "定稿.docx", "不是文档".getBytes()))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.errors().getFirst().messageKey()).isEqualTo("validation.report.not-docx"));
		MonthlyReportSummary redrafted = this.reports.draft(month);
		assertThatThrownBy(() -> this.reports.issue(draft.id(), draft.version(), "定稿.docx", finished))
			.as("drafted again since the user saw it")
			.isInstanceOf(ConcurrentEditException.class);

		MonthlyReportSummary issued = this.reports.issue(redrafted.id(), redrafted.version(), "定稿.docx", finished);

		assertThat(issued.state()).isEqualTo(ReportState.ISSUED);
		assertThat(issued.issuedBy()).isEqualTo(TestUsers.STAFF);
		assertThat(this.reports.download(issued.id())).isEqualTo(finished);
		assertThatThrownBy(() -> this.reports.draft(month)).isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> this.reports.issue(issued.id(), issued.version(), "又一稿.docx", finished))
			.isInstanceOfSatisfying(ValidationException.class,
					ex -> assertThat(ex.errors().getFirst().messageKey()).isEqualTo("validation.report.issued"));
	}

	@Test
	void a_committee_template_is_checked_when_uploaded_and_used_until_the_built_in_one_returns() throws IOException {
		this.users.login(TestUsers.STAFF);
		assertThatThrownBy(() -> this.templates.upload("错字.docx", docx("文号：{{文号}}，{{下达任务}}"))).isInstanceOfSatisfying(
				ValidationException.class,
				ex -> assertThat(ex.errors().getFirst().arguments()).containsExactly("{{下达任务}}"));
		assertThatThrownBy(() -> this.templates.upload("空白.docx", docx("没有占位符。"))).isInstanceOfSatisfying(
				ValidationException.class,
				ex -> assertThat(ex.errors().getFirst().messageKey()).isEqualTo("validation.report.no-placeholder"));
		assertThat(this.templates.ownTemplate()).isFalse();
		try {
			this.templates.upload("本市模板.docx", docx("本市通报 {{文号}}：本月下达 {{下达任务数}} 项。"));
			assertThat(this.templates.ownTemplate()).isTrue();

			MonthlyReportSummary draft = this.reports.draft(YearMonth.now(ZONE).minusMonths(45));

			try (XWPFDocument document = read(this.reports.download(draft.id()))) {
				assertThat(new XWPFWordExtractor(document).getText().strip())
					.isEqualTo("本市通报 " + draft.documentNumber() + "：本月下达 0 项。");
			}
		}
		finally {
			this.templates.useBuiltIn();
		}
		assertThat(this.templates.ownTemplate()).isFalse();
		try (XWPFDocument template = read(this.templates.template())) {
			assertThat(new XWPFWordExtractor(template).getText()).contains("{{排名表}}");
		}
	}

	@Test
	void leaders_read_reports_and_only_staff_draft_them_liaisons_see_none() {
		TaskFigureFixture f = this.fixtures.create();
		this.users.login(f.leader);
		assertThat(this.reports.list()).isNotNull();
		assertThatThrownBy(() -> this.reports.draft(YearMonth.now(ZONE).minusMonths(47)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.templates.upload("x.docx", new byte[0]))
			.isInstanceOf(AccessDeniedException.class);
		this.users.login(f.firstLiaison);
		assertThatThrownBy(() -> this.reports.list()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.reports.download(1)).isInstanceOf(AccessDeniedException.class);
	}

	/** The cells after the department's name in the ranking table. */
	private static List<String> row(XWPFDocument document, String department) {
		for (XWPFTable table : document.getTables()) {
			for (XWPFTableRow row : table.getRows()) {
				List<String> cells = row.getTableCells().stream().map(XWPFTableCell::getText).toList();
				if (cells.size() > 2 && cells.get(1).equals(department)) {
					return cells.subList(2, cells.size());
				}
			}
		}
		throw new AssertionError(department + " is not in the ranking");
	}

	private static int number(MonthlyReportSummary report) {
		String n = report.documentNumber();
		return Integer.parseInt(n.substring(n.indexOf('〕') + 1, n.length() - 1));
	}

	private static byte[] docx(String text) throws IOException {
		return MonthlyReportServiceTestDocuments.docx(text);
	}

	private static XWPFDocument read(byte[] docx) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(docx));
	}

}
