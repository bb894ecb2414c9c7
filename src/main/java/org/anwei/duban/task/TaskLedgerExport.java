package org.anwei.duban.task;

import org.anwei.duban.base.Keyset;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.anwei.duban.base.i18n.Translations;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.directive.DirectiveSource;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.task.internal.Task;
import org.anwei.duban.task.internal.TaskParty;
import org.anwei.duban.task.internal.TaskReport;
import org.anwei.duban.task.internal.TaskReportRepository;
import org.anwei.duban.task.internal.TaskRepository;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 督办台账 of any task list (its filter, a dashboard figure included) as Excel, in the
 * layout committees keep it: 序号, 工作任务, 来源会议, 牵头单位, 配合单位, 完成时限, 进展情况 (the latest report),
 * 状态, 备注 (extensions, returns, urges, 督办 level, stale). Streamed: tasks are read a page
 * at a time in the list's order and the workbook keeps a small window of rows in memory,
 * so 100,000 tasks need no more memory than 1,000.
 */
@Service
public class TaskLedgerExport {

	private static final int PAGE = 1000;

	static final List<String> COLUMNS = List.of("no", "task", "meeting", "lead", "assisting", "deadline", "progress",
			"status", "remarks");

	private final TaskRepository tasks;

	private final TaskReportRepository reports;

	private final DepartmentService departments;

	private final Translations translations;

	private final EntityManager entityManager;

	private final TaskAccess access;

	private final TaskProperties properties;

	private final Clock clock;

	private final TaskTextIndex textIndex;

	TaskLedgerExport(TaskRepository tasks, TaskReportRepository reports, DepartmentService departments,
			Translations translations, EntityManager entityManager, CurrentUser currentUser, TaskProperties properties,
			Clock clock, TaskTextIndex textIndex) {
		this.textIndex = textIndex;
		this.tasks = tasks;
		this.reports = reports;
		this.departments = departments;
		this.translations = translations;
		this.entityManager = entityManager;
		this.access = new TaskAccess(currentUser);
		this.properties = properties;
		this.clock = clock;
	}

	/** The file name, as in {@code 督办台账-2026-12-02.xlsx}. */
	@PreAuthorize(TaskQueries.READERS)
	public String fileName(Locale locale) {
		return t(locale, "task.ledger.file") + "-" + today() + ".xlsx";
	}

	/**
	 * Writes the tasks the filter selects within the caller's scope; returns how many.
	 */
	@PreAuthorize(TaskQueries.READERS)
	@Transactional(readOnly = true)
	public int write(TaskFilter filter, Locale locale, OutputStream out) throws IOException {
		TaskFigures.Moment now = TaskFigures.Moment.at(this.clock, this.properties);
		Specification<Task> spec = TaskSpecifications.of(filter, this.access.visibleDepartments(), now,
				this.textIndex.candidates(filter.text()));
		Map<Long, String> names = this.departments.directory()
			.stream()
			.collect(Collectors.toMap(DepartmentRef::id, DepartmentRef::name));
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Sheet sheet = workbook.createSheet(t(locale, "task.ledger.file"));
			CellStyle wrap = workbook.createCellStyle();
			wrap.setWrapText(true);
			Row title = sheet.createRow(0);
			title.createCell(0).setCellValue(t(locale, "task.ledger.title", today()));
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.size() - 1));
			Row head = sheet.createRow(1);
			for (int c = 0; c < COLUMNS.size(); c++) {
				head.createCell(c).setCellValue(t(locale, "task.ledger." + COLUMNS.get(c)));
			}
			sheet.createFreezePane(0, 2);
			int[] widths = { 6, 40, 30, 18, 24, 14, 50, 12, 30 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			int written = 0;
			// keyset pages in the list's order (current deadline, id): page 100 costs
			// what page 1 does
			LocalDate lastDeadline = null;
			long lastId = 0;
			while (true) {
				List<Task> chunk = this.tasks
					.findBy(spec.and(Keyset.after("currentDeadline", lastDeadline, lastId)),
							q -> q.slice(PageRequest.of(0, PAGE, Sort.by("currentDeadline", "id"))))
					.getContent();
				if (chunk.isEmpty()) {
					break;
				}
				Map<Long, TaskReport> latest = latestReports(chunk);
				for (Task task : chunk) {
					written++;
					row(sheet.createRow(written + 1), written, task, latest.get(task.getId()), names, locale, now,
							wrap);
				}
				Task last = chunk.getLast();
				lastDeadline = last.getCurrentDeadline();
				lastId = Objects.requireNonNull(last.getId());
				// keep the persistence context from growing with the export
				this.entityManager.clear();
			}
			workbook.write(out);
			return written;
		}
	}

	private void row(Row row, int position, Task task, @Nullable TaskReport latest, Map<Long, String> names,
			Locale locale, TaskFigures.Moment now, CellStyle wrap) {
		DirectiveSource source = task.source();
		String meeting = source == null ? "" : source.meetingTitle() + "（" + source.meetingDate() + "）";
		String assisting = task.getParties()
			.stream()
			.filter(p -> p.getRole() == PartyRole.ASSIST)
			.map(TaskParty::getDepartmentId)
			.map(id -> names.getOrDefault(id, ""))
			.collect(Collectors.joining("、"));
		String deadline = task.getCurrentDeadline().equals(task.getOriginalDeadline())
				? task.getCurrentDeadline().toString()
				: t(locale, "task.ledger.extended-deadline", task.getCurrentDeadline(), task.getOriginalDeadline());
		String progress = latest == null ? ""
				: latest.getCreatedAt().atZone(this.properties.zone()).toLocalDate() + " " + latest.getText();
		StatusLight light = Deadlines.light(task.getStatus(), task.getCurrentDeadline(), task.getYellowFrom(),
				now.today());
		String status = t(locale, task.getStatus().labelKey())
				+ (light == StatusLight.NONE ? "" : "（" + t(locale, light.labelKey()) + "）");
		String[] values = { String.valueOf(position), task.getTitle() + "\n" + task.getContent(), meeting,
				names.getOrDefault(task.getLeadDepartmentId(), ""), assisting, deadline, progress, status,
				remarks(task, locale, now) };
		for (int c = 0; c < values.length; c++) {
			var cell = row.createCell(c);
			cell.setCellValue(values[c]);
			cell.setCellStyle(wrap);
		}
	}

	private String remarks(Task task, Locale locale, TaskFigures.Moment now) {
		StringBuilder remarks = new StringBuilder();
		append(remarks, task.getExtensionCount() > 0, t(locale, "task.ledger.extensions", task.getExtensionCount()));
		append(remarks, task.getReturnCount() > 0, t(locale, "task.ledger.returns", task.getReturnCount()));
		append(remarks, task.getUrgeCount() > 0, t(locale, "task.ledger.urges", task.getUrgeCount()));
		append(remarks, task.getEscalationLevel() != null,
				task.getEscalationLevel() == null ? "" : t(locale, task.getEscalationLevel().labelKey()));
		append(remarks, task.getStatus().isOpen() && task.getLastActivityAt().isBefore(now.staleBefore()),
				t(locale, "task.ledger.stale"));
		return remarks.toString();
	}

	private static void append(StringBuilder remarks, boolean when, String text) {
		if (when) {
			remarks.append(remarks.isEmpty() ? "" : "；").append(text);
		}
	}

	/** The latest progress, feedback or completion report of each task of the page. */
	private Map<Long, TaskReport> latestReports(List<Task> chunk) {
		List<Long> ids = chunk.stream().map(t -> Objects.requireNonNull(t.getId())).toList();
		Map<Long, TaskReport> latest = new HashMap<>();
		for (TaskReport report : this.reports.latestOf(ids,
				List.of(ReportKind.PROGRESS, ReportKind.FEEDBACK, ReportKind.COMPLETION))) {
			latest.put(report.getTaskId(), report);
		}
		return latest;
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), this.properties.zone());
	}

	private String t(Locale locale, String key, Object... params) {
		return this.translations.translate(locale, key, params);
	}

}
