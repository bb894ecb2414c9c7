package org.anwei.duban.report.internal;

import java.time.Instant;
import java.time.YearMonth;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.anwei.duban.base.AbstractEntity;
import org.anwei.duban.report.ReportState;
import org.jspecify.annotations.Nullable;

/**
 * A month's report (月度通报): its number, assigned with the first draft and kept through
 * later drafts; the draft as generated; once issued, the file staff edited and issued,
 * after which it never changes.
 */
@Entity
@Table(name = "monthly_report")
public class MonthlyReport extends AbstractEntity {

	@Column(name = "period_month", nullable = false, length = 7)
	private String month;

	@Column(name = "report_year", nullable = false)
	private int year;

	@Column(name = "report_number", nullable = false)
	private int number;

	@Column(name = "document_number", nullable = false, length = 64)
	private String documentNumber;

	@Enumerated(EnumType.STRING)
	@Column(name = "state", nullable = false, length = 16)
	private ReportState state;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	@Column(name = "draft", nullable = false, length = 100_000_000)
	private byte[] draft;

	@Column(name = "drafted_at", nullable = false)
	private Instant draftedAt;

	@Column(name = "drafted_by", nullable = false, length = 64)
	private String draftedBy;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	@Column(name = "issued", length = 100_000_000)
	private byte @Nullable [] issued;

	@Column(name = "issued_file_name", length = 255)
	private @Nullable String issuedFileName;

	@Column(name = "issued_at")
	private @Nullable Instant issuedAt;

	@Column(name = "issued_by", length = 64)
	private @Nullable String issuedBy;

	protected MonthlyReport() {
		this.month = "";
		this.documentNumber = "";
		this.state = ReportState.DRAFT;
		this.draft = new byte[0];
		this.draftedAt = Instant.EPOCH;
		this.draftedBy = "";
	}

	public MonthlyReport(YearMonth month, int year, int number, String documentNumber) {
		this();
		this.month = month.toString();
		this.year = year;
		this.number = number;
		this.documentNumber = documentNumber;
	}

	/** A new draft replaces the last one; an issued report keeps what was issued. */
	public void draft(byte[] docx, String by, Instant at) {
		if (this.state == ReportState.ISSUED) {
			throw new IllegalStateException("The report " + this.documentNumber + " is issued");
		}
		this.draft = docx;
		this.draftedBy = by;
		this.draftedAt = at;
	}

	public void issue(String fileName, byte[] docx, String by, Instant at) {
		if (this.state == ReportState.ISSUED) {
			throw new IllegalStateException("The report " + this.documentNumber + " is issued");
		}
		this.state = ReportState.ISSUED;
		this.issued = docx;
		this.issuedFileName = fileName;
		this.issuedBy = by;
		this.issuedAt = at;
	}

	public YearMonth getMonth() {
		return YearMonth.parse(this.month);
	}

	public String getDocumentNumber() {
		return this.documentNumber;
	}

	public ReportState getState() {
		return this.state;
	}

	public byte[] getDraft() {
		return this.draft;
	}

	/** What was issued, else the latest draft. */
	public byte[] current() {
		return this.issued != null ? this.issued : this.draft;
	}

}
