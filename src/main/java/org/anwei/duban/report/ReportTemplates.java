package org.anwei.duban.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.documents.DocumentException;
import org.anwei.duban.base.documents.WordTemplate;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.report.internal.ReportTemplate;
import org.anwei.duban.report.internal.ReportTemplateRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly report's template, kept by staff: the committee's own Word file (checked
 * for placeholders this version does not know when uploaded) or the built-in one. Every
 * change is in the audit trail; uploaded templates stay on record.
 */
@Service
public class ReportTemplates {

	static final String ENTITY = "REPORT_TEMPLATE";

	private final ReportTemplateRepository templates;

	private final AuditTrail auditTrail;

	private final CurrentUser currentUser;

	private final Clock clock;

	ReportTemplates(ReportTemplateRepository templates, AuditTrail auditTrail, CurrentUser currentUser, Clock clock) {
		this.templates = templates;
		this.auditTrail = auditTrail;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** The template in use, as a Word file to edit. */
	@PreAuthorize(MonthlyReportService.WRITERS)
	@Transactional(readOnly = true)
	public byte[] template() {
		return currentBytes();
	}

	/** Whether the committee's own template is in use (else the built-in one). */
	@PreAuthorize(MonthlyReportService.WRITERS)
	@Transactional(readOnly = true)
	public boolean ownTemplate() {
		return this.templates.findFirstByOrderByIdDesc().map(ReportTemplate::getDocx).isPresent();
	}

	/**
	 * Uses the committee's template from now on. Rejected when it is no Word document,
	 * holds no placeholder, or holds one this version does not know (named in the
	 * message), so a typing error is found now rather than in next month's report.
	 */
	@PreAuthorize(MonthlyReportService.WRITERS)
	@Transactional
	public void upload(String fileName, byte[] docx) {
		List<FieldError> errors = new ArrayList<>();
		WordTemplate template = read(docx, "report.template", errors);
		if (template != null) {
			Set<String> found = template.placeholders();
			List<String> unknown = found.stream().filter(p -> ReportPlaceholder.of(p).isEmpty()).toList();
			if (found.isEmpty()) {
				errors.add(FieldError.of("report.template", "validation.report.no-placeholder"));
			}
			else if (!unknown.isEmpty()) {
				errors.add(FieldError.of("report.template", "validation.report.unknown-placeholder",
						String.join("、", unknown.stream().map(p -> "{{" + p + "}}").toList())));
			}
		}
		ValidationException.throwIfAny(errors);
		ReportTemplate saved = this.templates
			.save(new ReportTemplate(fileName.strip(), docx, username(), this.clock.instant()));
		this.auditTrail.recordChange(ENTITY, Objects.requireNonNull(saved.getId()), "UPLOADED", fileName.strip(),
				List.of());
	}

	/** Returns to the built-in template; the uploaded ones stay on record. */
	@PreAuthorize(MonthlyReportService.WRITERS)
	@Transactional
	public void useBuiltIn() {
		ReportTemplate saved = this.templates.save(new ReportTemplate(null, null, username(), this.clock.instant()));
		this.auditTrail.recordChange(ENTITY, Objects.requireNonNull(saved.getId()), "BUILT_IN", null, List.of());
	}

	/** The template to fill, for a draft being generated (its caller is secured). */
	WordTemplate current() {
		return WordTemplate.of(currentBytes());
	}

	private byte[] currentBytes() {
		byte[] uploaded = this.templates.findFirstByOrderByIdDesc().map(ReportTemplate::getDocx).orElse(null);
		return uploaded != null ? uploaded : BuiltInTemplate.docx();
	}

	/** The Word document, or null with the field's error added. */
	static @Nullable WordTemplate read(byte[] docx, String field, List<FieldError> errors) {
		try {
			return WordTemplate.of(docx);
		}
		catch (DocumentException ex) {
			errors.add(FieldError.of(field, "validation.report.not-docx"));
			return null;
		}
	}

	private String username() {
		return this.currentUser.require().getUsername();
	}

}
