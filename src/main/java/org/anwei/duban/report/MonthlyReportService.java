package org.anwei.duban.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.report.internal.MonthlyReport;
import org.anwei.duban.report.internal.MonthlyReportRepository;
import org.anwei.duban.supervision.EscalationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly reports (月度通报). Staff generate a month's draft — numbered within the year with
 * the first draft, regenerated as often as needed until issued — download it, edit it in
 * Word and issue it by uploading the final file, which is then kept unchanged. Staff also
 * keep the template: download it, upload a committee's own (checked for placeholders this
 * version does not know) or return to the built-in one. Leaders read the reports. Every
 * change is in the audit trail.
 */
@Service
public class MonthlyReportService {

	static final String ENTITY = "MONTHLY_REPORT";

	static final String READERS = "hasAnyRole('" + Roles.STAFF + "','" + Roles.LEADER + "')";

	static final String WRITERS = "hasRole('" + Roles.STAFF + "')";

	/** The word in the number: 安委办通〔2026〕11号. */
	static final String NUMBER_WORD = "通";

	private final MonthlyReportRepository reports;

	private final ReportTemplates templates;

	private final MonthlyReportContent content;

	private final EscalationProperties committee;

	private final AuditTrail auditTrail;

	private final CurrentUser currentUser;

	private final Clock clock;

	MonthlyReportService(MonthlyReportRepository reports, ReportTemplates templates, MonthlyReportContent content,
			EscalationProperties committee, AuditTrail auditTrail, CurrentUser currentUser, Clock clock) {
		this.reports = reports;
		this.templates = templates;
		this.content = content;
		this.committee = committee;
		this.auditTrail = auditTrail;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public List<MonthlyReportSummary> list() {
		return this.reports.summaries();
	}

	/**
	 * Generates the month's draft from the current template and data: a new number for a
	 * month without a report, the same number for a draft generated again. An issued
	 * report is not drafted again.
	 */
	@PreAuthorize(WRITERS)
	@Transactional
	public MonthlyReportSummary draft(YearMonth month) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), this.committee.zone());
		if (month.isAfter(YearMonth.from(today))) {
			throw ValidationException.of("report.month", "validation.report.future-month");
		}
		MonthlyReport report = this.reports.findByMonth(month.toString()).orElse(null);
		if (report != null && report.getState() == ReportState.ISSUED) {
			throw ValidationException.of("report.month", "validation.report.issued", report.getDocumentNumber());
		}
		boolean created = report == null;
		if (report == null) {
			int year = today.getYear();
			int number = this.reports.lastNumber(year) + 1;
			report = new MonthlyReport(month, year, number,
					this.committee.numberPrefix() + NUMBER_WORD + "〔" + year + "〕" + number + "号");
		}
		MonthlyReportContent.Values values = this.content.values(month, report.getDocumentNumber(),
				this.committee.committee(), today);
		report.draft(this.templates.current().fill(values.texts(), values.blocks()), username(), this.clock.instant());
		long id = save(report, month);
		this.auditTrail.recordChange(ENTITY, id, created ? "DRAFTED" : "REDRAFTED", report.getDocumentNumber(),
				List.of(new FieldChange("month", null, month.toString())));
		return summary(id);
	}

	/** The issued file, or else the latest draft. */
	@PreAuthorize(READERS)
	@Transactional(readOnly = true)
	public byte[] download(long id) {
		return find(id).current();
	}

	/**
	 * Issues the report with the file staff finished in Word. The file must be a Word
	 * document; {@code version} is the one the user saw, so a report drafted again
	 * meanwhile is not issued unseen.
	 */
	@PreAuthorize(WRITERS)
	@Transactional
	public MonthlyReportSummary issue(long id, long version, String fileName, byte[] docx) {
		MonthlyReport report = find(id);
		List<FieldError> errors = new ArrayList<>();
		if (report.getState() == ReportState.ISSUED) {
			errors.add(FieldError.of("report.file", "validation.report.issued", report.getDocumentNumber()));
		}
		ReportTemplates.read(docx, "report.file", errors);
		ValidationException.throwIfAny(errors);
		if (report.getVersion() != version) {
			throw new ConcurrentEditException("entity.report", id);
		}
		report.issue(fileName.strip(), docx, username(), this.clock.instant());
		save(report, report.getMonth());
		this.auditTrail.recordChange(ENTITY, id, "ISSUED", report.getDocumentNumber(),
				List.of(new FieldChange("state", ReportState.DRAFT.name(), ReportState.ISSUED.name()),
						new FieldChange("file", null, fileName.strip())));
		return summary(id);
	}

	/**
	 * Saves and flushes: a report of the same month or number saved meanwhile is a
	 * conflict.
	 */
	private long save(MonthlyReport report, YearMonth month) {
		try {
			return java.util.Objects.requireNonNull(this.reports.saveAndFlush(report).getId());
		}
		catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException ex) {
			throw new ConcurrentEditException("entity.report", month);
		}
	}

	private MonthlyReport find(long id) {
		return this.reports.findById(id).orElseThrow(() -> new NotFoundException("entity.report", id));
	}

	private MonthlyReportSummary summary(long id) {
		return this.reports.summary(id).orElseThrow(() -> new NotFoundException("entity.report", id));
	}

	private String username() {
		return this.currentUser.require().getUsername();
	}

}
