package org.anwei.duban.organization.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.anwei.duban.base.AbstractEntity;
import org.anwei.duban.organization.DepartmentCommand;
import org.anwei.duban.organization.DepartmentType;
import org.jspecify.annotations.Nullable;

/**
 * A department (成员单位). The service validates commands before they reach the entity; the
 * entity only keeps its own invariants (a name and a code are always present).
 */
@Entity
@Table(name = "department")
public class Department extends AbstractEntity {

	@Column(name = "code", nullable = false, length = 32)
	private String code;

	@Column(name = "name", nullable = false, length = 100)
	private String name;

	@Column(name = "short_name", length = 50)
	private @Nullable String shortName;

	@Enumerated(EnumType.STRING)
	@Column(name = "type", nullable = false, length = 32)
	private DepartmentType type;

	@Column(name = "parent_id")
	private @Nullable Long parentId;

	@Column(name = "contact_person", length = 50)
	private @Nullable String contactPerson;

	@Column(name = "contact_phone", length = 30)
	private @Nullable String contactPhone;

	@Column(name = "active", nullable = false)
	private boolean active;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "department_alias", joinColumns = @JoinColumn(name = "department_id"))
	@Column(name = "alias", nullable = false, length = 100)
	private Set<String> aliases = new TreeSet<>();

	protected Department() {
		this.code = "";
		this.name = "";
		this.type = DepartmentType.OTHER;
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	public Department(DepartmentCommand command, Instant now) {
		this();
		this.active = true;
		this.createdAt = now;
		apply(command, now);
	}

	/** Takes over a validated command. */
	public void apply(DepartmentCommand command, Instant now) {
		if (command.code().isBlank() || command.name().isBlank() || command.type() == null) {
			throw new IllegalArgumentException("A department needs a code, a name and a type");
		}
		this.code = command.code();
		this.name = command.name();
		this.shortName = command.shortName();
		this.type = command.type();
		this.parentId = command.parentId();
		this.contactPerson = command.contactPerson();
		this.contactPhone = command.contactPhone();
		this.aliases.clear();
		this.aliases.addAll(command.aliases());
		this.updatedAt = now;
	}

	public void setActive(boolean active, Instant now) {
		this.active = active;
		this.updatedAt = now;
	}

	/**
	 * The fields users see, in form order, for the audit trail's old → new comparison.
	 */
	public Map<String, Object> snapshot() {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("code", this.code);
		snapshot.put("name", this.name);
		snapshot.put("shortName", this.shortName == null ? "" : this.shortName);
		snapshot.put("type", this.type.name());
		snapshot.put("parentId", this.parentId == null ? "" : this.parentId);
		snapshot.put("aliases", List.copyOf(this.aliases));
		snapshot.put("contactPerson", this.contactPerson == null ? "" : this.contactPerson);
		snapshot.put("contactPhone", this.contactPhone == null ? "" : this.contactPhone);
		snapshot.put("active", this.active);
		return snapshot;
	}

	public String getCode() {
		return this.code;
	}

	public String getName() {
		return this.name;
	}

	public @Nullable String getShortName() {
		return this.shortName;
	}

	public DepartmentType getType() {
		return this.type;
	}

	public @Nullable Long getParentId() {
		return this.parentId;
	}

	public @Nullable String getContactPerson() {
		return this.contactPerson;
	}

	public @Nullable String getContactPhone() {
		return this.contactPhone;
	}

	public boolean isActive() {
		return this.active;
	}

	public Set<String> getAliases() {
		return Set.copyOf(this.aliases);
	}

}
