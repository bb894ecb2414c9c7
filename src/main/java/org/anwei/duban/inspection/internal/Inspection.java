package org.anwei.duban.inspection.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import org.anwei.duban.base.AbstractEntity;
import org.anwei.duban.inspection.InspectionCommand;
import org.anwei.duban.inspection.InspectionKind;
import org.jspecify.annotations.Nullable;

/** An inspection: when, what kind, the team and the sites visited. */
@Entity
@Table(name = "inspection")
public class Inspection extends AbstractEntity {

	@Column(name = "inspected_on", nullable = false)
	private LocalDate inspectedOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 16)
	private InspectionKind kind;

	@Column(name = "title", nullable = false, length = 200)
	private String title;

	@Column(name = "team_leader", nullable = false, length = 100)
	private String teamLeader;

	@Column(name = "team_members", length = 1000)
	private @Nullable String teamMembers;

	@Column(name = "district", length = 50)
	private @Nullable String district;

	@Column(name = "notes", length = 4000)
	private @Nullable String notes;

	@Column(name = "created_by", nullable = false, length = 64)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@ElementCollection
	@CollectionTable(name = "inspection_department", joinColumns = @JoinColumn(name = "inspection_id"))
	@Column(name = "department_id")
	private Set<Long> departmentIds = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "inspection_site", joinColumns = @JoinColumn(name = "inspection_id"))
	@OrderColumn(name = "position")
	@Column(name = "site")
	private List<String> sites = new ArrayList<>();

	protected Inspection() {
		this.inspectedOn = LocalDate.EPOCH;
		this.kind = InspectionKind.ROUTINE;
		this.title = "";
		this.teamLeader = "";
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	/** A new inspection from a command the rules have passed. */
	public Inspection(InspectionCommand command, String by, Instant now) {
		this();
		this.createdBy = by;
		this.createdAt = now;
		update(command);
	}

	public void update(InspectionCommand command) {
		this.inspectedOn = Objects.requireNonNull(command.inspectedOn());
		this.kind = Objects.requireNonNull(command.kind());
		this.title = command.title().strip();
		this.teamLeader = command.teamLeader().strip();
		this.teamMembers = blankToNull(command.teamMembers());
		this.district = blankToNull(command.district());
		this.notes = blankToNull(command.notes());
		this.departmentIds.clear();
		this.departmentIds.addAll(command.departmentIds());
		this.sites.clear();
		this.sites.addAll(command.sites());
	}

	/** The fields as the audit trail records them. */
	public Map<String, Object> snapshot() {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("inspectedOn", this.inspectedOn);
		values.put("kind", this.kind);
		values.put("title", this.title);
		values.put("teamLeader", this.teamLeader);
		values.put("teamMembers", this.teamMembers);
		values.put("departments", this.departmentIds.stream().sorted().toList());
		values.put("district", this.district);
		values.put("sites", String.join("；", this.sites));
		values.put("notes", this.notes);
		return values;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	public LocalDate getInspectedOn() {
		return this.inspectedOn;
	}

	public InspectionKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public String getTeamLeader() {
		return this.teamLeader;
	}

	public @Nullable String getTeamMembers() {
		return this.teamMembers;
	}

	public @Nullable String getDistrict() {
		return this.district;
	}

	public @Nullable String getNotes() {
		return this.notes;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Set<Long> getDepartmentIds() {
		return Set.copyOf(this.departmentIds);
	}

	public List<String> getSites() {
		return List.copyOf(this.sites);
	}

}
