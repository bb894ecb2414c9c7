package org.anwei.duban.accountability.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.anwei.duban.base.AbstractEntity;
import org.anwei.duban.accountability.AccountabilityKind;
import org.jspecify.annotations.Nullable;

/**
 * An entry of the accountability register, with its linked tasks and optional document.
 */
@Entity
@Table(name = "accountability_record")
public class AccountabilityRecord extends AbstractEntity {

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 24)
	private AccountabilityKind kind;

	@Column(name = "record_date", nullable = false)
	private LocalDate date;

	@Column(name = "department_id", nullable = false)
	private long departmentId;

	@Column(name = "persons", nullable = false, length = 500)
	private String persons;

	@Column(name = "summary", nullable = false, length = 2000)
	private String summary;

	@Column(name = "decided_by", nullable = false, length = 100)
	private String decidedBy;

	@Column(name = "document_name", length = 255)
	private @Nullable String documentName;

	@Column(name = "document_type", length = 100)
	private @Nullable String documentType;

	@Column(name = "document_sha256", length = 64, columnDefinition = "char(64)")
	private @Nullable String documentSha256;

	@Lob
	@Basic(fetch = FetchType.LAZY)
	@Column(name = "document", length = 100_000_000)
	private byte @Nullable [] document;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@ElementCollection
	@CollectionTable(name = "accountability_task", joinColumns = @JoinColumn(name = "record_id"))
	@Column(name = "task_id", nullable = false)
	private Set<Long> taskIds = new TreeSet<>();

	/** Linked hazards: number (as shown) to id. */
	@ElementCollection
	@CollectionTable(name = "accountability_hazard", joinColumns = @JoinColumn(name = "record_id"))
	@MapKeyColumn(name = "hazard_number")
	@Column(name = "hazard_id", nullable = false)
	private Map<String, Long> hazards = new TreeMap<>();

	protected AccountabilityRecord() {
		this.kind = AccountabilityKind.INTERVIEW;
		this.date = LocalDate.EPOCH;
		this.persons = "";
		this.summary = "";
		this.decidedBy = "";
		this.createdAt = Instant.EPOCH;
		this.createdBy = "";
	}

	public AccountabilityRecord(AccountabilityKind kind, LocalDate date, long departmentId, String persons,
			String summary, String decidedBy, Set<Long> taskIds, Map<String, Long> hazards, String by, Instant now) {
		this();
		this.kind = kind;
		this.date = date;
		this.departmentId = departmentId;
		this.persons = persons;
		this.summary = summary;
		this.decidedBy = decidedBy;
		this.taskIds.addAll(taskIds);
		this.hazards.putAll(hazards);
		this.createdBy = by;
		this.createdAt = now;
	}

	public void attach(String name, String type, String sha256, byte[] content) {
		this.documentName = name;
		this.documentType = type;
		this.documentSha256 = sha256;
		this.document = content;
	}

	public AccountabilityKind getKind() {
		return this.kind;
	}

	public LocalDate getDate() {
		return this.date;
	}

	public long getDepartmentId() {
		return this.departmentId;
	}

	public String getPersons() {
		return this.persons;
	}

	public String getSummary() {
		return this.summary;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public @Nullable String getDocumentName() {
		return this.documentName;
	}

	public byte @Nullable [] getDocument() {
		return this.document;
	}

	public Map<String, Long> getHazards() {
		return Map.copyOf(this.hazards);
	}

	public Set<Long> getTaskIds() {
		return Set.copyOf(this.taskIds);
	}

}
