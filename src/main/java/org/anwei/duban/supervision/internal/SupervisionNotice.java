package org.anwei.duban.supervision.internal;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.anwei.duban.supervision.EscalationLevel;
import org.anwei.duban.supervision.NoticeKind;
import org.anwei.duban.supervision.NoticeSummary;
import org.jspecify.annotations.Nullable;

/** A numbered 督办/催办 notice with the Word and PDF files as issued. Never changed. */
@Entity
@Table(name = "supervision_notice")
public class SupervisionNotice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private @Nullable Long id;

	@Column(name = "subject_type", nullable = false, length = 16)
	private String subjectType;

	@Column(name = "subject_id", nullable = false)
	private long subjectId;

	@Column(name = "department_id", nullable = false)
	private long departmentId;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 16)
	private NoticeKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "level", length = 8)
	private @Nullable EscalationLevel level;

	@Column(name = "notice_year", nullable = false)
	private int year;

	@Column(name = "notice_number", nullable = false)
	private int number;

	@Column(name = "document_number", nullable = false, length = 64)
	private String documentNumber;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	@Column(name = "issued_by", nullable = false, length = 64)
	private String issuedBy;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	@Column(name = "docx", nullable = false, length = 100_000_000)
	private byte[] docx;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	@Column(name = "pdf", nullable = false, length = 100_000_000)
	private byte[] pdf;

	protected SupervisionNotice() {
		this.subjectType = "";
		this.kind = NoticeKind.URGE;
		this.documentNumber = "";
		this.issuedAt = Instant.EPOCH;
		this.issuedBy = "";
		this.docx = new byte[0];
		this.pdf = new byte[0];
	}

	public SupervisionNotice(String subjectType, long subjectId, long departmentId, NoticeKind kind,
			@Nullable EscalationLevel level, int year, int number, String documentNumber, byte[] docx, byte[] pdf,
			String by, Instant now) {
		this.subjectType = subjectType;
		this.subjectId = subjectId;
		this.departmentId = departmentId;
		this.kind = kind;
		this.level = level;
		this.year = year;
		this.number = number;
		this.documentNumber = documentNumber;
		this.docx = docx;
		this.pdf = pdf;
		this.issuedBy = by;
		this.issuedAt = now;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	/** Whether the notice was issued about this item. */
	public boolean isAbout(String type, long id) {
		return this.subjectType.equals(type) && this.subjectId == id;
	}

	public NoticeSummary summary() {
		return new NoticeSummary(java.util.Objects.requireNonNull(this.id), this.kind, this.level, this.documentNumber,
				this.issuedAt, this.issuedBy);
	}

	public byte[] getDocx() {
		return this.docx;
	}

	public byte[] getPdf() {
		return this.pdf;
	}

	public String getDocumentNumber() {
		return this.documentNumber;
	}

}
