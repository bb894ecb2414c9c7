package org.anwei.duban.security.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.anwei.duban.base.AbstractEntity;
import org.anwei.duban.base.security.Role;
import org.jspecify.annotations.Nullable;

/**
 * A user account. Departments are referenced by id (they belong to the organization
 * module). The password is only ever stored as a BCrypt hash. An edit writes only the
 * columns it changed, so that it never puts back the sign-in bookkeeping (last login,
 * wrong passwords) of the moment the form was opened.
 */
@Entity
@org.hibernate.annotations.DynamicUpdate
@Table(name = "app_user")
public class AppUser extends AbstractEntity {

	@Column(name = "username", nullable = false, length = 64)
	private String username;

	@Column(name = "display_name", nullable = false, length = 64)
	private String displayName;

	@Column(name = "department_id")
	private @Nullable Long departmentId;

	@Column(name = "phone", length = 30)
	private @Nullable String phone;

	@Column(name = "email", length = 120)
	private @Nullable String email;

	@Column(name = "department_head", nullable = false)
	private boolean departmentHead;

	/** The language the user last chose; their mails are written in it. */
	@Column(name = "language", length = 16)
	private @Nullable String language;

	@Column(name = "password_hash", nullable = false, length = 100)
	private String passwordHash;

	@Column(name = "enabled", nullable = false)
	private boolean enabled;

	@Column(name = "must_change_password", nullable = false)
	private boolean mustChangePassword;

	@Column(name = "failed_attempts", nullable = false)
	private int failedAttempts;

	@Column(name = "locked_until")
	private @Nullable Instant lockedUntil;

	@Column(name = "password_changed_at")
	private @Nullable Instant passwordChangedAt;

	@Column(name = "last_login_at")
	private @Nullable Instant lastLoginAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 16)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_oversight", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "department_id", nullable = false)
	private Set<Long> overseenDepartmentIds = new TreeSet<>();

	/**
	 * A leader who oversees every department; otherwise only the listed ones (or none).
	 */
	@Column(name = "oversees_all", nullable = false)
	private boolean overseesAll;

	protected AppUser() {
		this.username = "";
		this.displayName = "";
		this.passwordHash = "";
		this.createdAt = Instant.EPOCH;
		this.updatedAt = Instant.EPOCH;
	}

	public AppUser(String username, String passwordHash, boolean mustChangePassword, Instant now) {
		this();
		if (username.isBlank() || passwordHash.isBlank()) {
			throw new IllegalArgumentException("A user needs a username and a password");
		}
		this.username = username;
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
		this.enabled = true;
		this.createdAt = now;
		this.updatedAt = now;
		this.passwordChangedAt = now;
	}

	public void setProfile(String displayName, @Nullable Long departmentId, @Nullable String phone,
			@Nullable String email, Set<Role> roles, Set<Long> overseenDepartmentIds, boolean overseesAll,
			boolean departmentHead, Instant now) {
		this.displayName = displayName;
		this.departmentHead = departmentHead;
		this.departmentId = departmentId;
		this.phone = phone;
		this.email = email;
		this.roles.clear();
		this.roles.addAll(roles);
		this.overseenDepartmentIds.clear();
		this.overseenDepartmentIds.addAll(overseenDepartmentIds);
		this.overseesAll = overseesAll;
		this.updatedAt = now;
	}

	public void setEnabled(boolean enabled, Instant now) {
		this.enabled = enabled;
		if (enabled) {
			this.failedAttempts = 0;
			this.lockedUntil = null;
		}
		this.updatedAt = now;
	}

	public void changePassword(String newHash, boolean mustChangeAtNextLogin, Instant now) {
		this.passwordHash = newHash;
		this.mustChangePassword = mustChangeAtNextLogin;
		this.passwordChangedAt = now;
		this.failedAttempts = 0;
		this.lockedUntil = null;
		this.updatedAt = now;
	}

	public void unlock(Instant now) {
		this.failedAttempts = 0;
		this.lockedUntil = null;
		this.updatedAt = now;
	}

	public boolean isLocked(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	/**
	 * Fields users see, in form order, for the audit trail. Never includes the password
	 * hash.
	 */
	public Map<String, Object> snapshot() {
		Map<String, Object> snapshot = new LinkedHashMap<>();
		snapshot.put("username", this.username);
		snapshot.put("displayName", this.displayName);
		snapshot.put("departmentId", this.departmentId == null ? "" : this.departmentId);
		snapshot.put("roles", new TreeSet<>(this.roles.stream().map(Enum::name).toList()));
		snapshot.put("overseenDepartmentIds", new TreeSet<>(this.overseenDepartmentIds));
		snapshot.put("overseesAll", this.overseesAll);
		snapshot.put("departmentHead", this.departmentHead);
		snapshot.put("phone", this.phone == null ? "" : this.phone);
		snapshot.put("email", this.email == null ? "" : this.email);
		snapshot.put("enabled", this.enabled);
		return snapshot;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public @Nullable Long getDepartmentId() {
		return this.departmentId;
	}

	public @Nullable String getPhone() {
		return this.phone;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public @Nullable Instant getLockedUntil() {
		return this.lockedUntil;
	}

	public @Nullable Instant getLastLoginAt() {
		return this.lastLoginAt;
	}

	public Set<Role> getRoles() {
		return Set.copyOf(this.roles);
	}

	public @Nullable String getLanguage() {
		return this.language;
	}

	public void setLanguage(String languageTag) {
		this.language = languageTag;
	}

	public boolean isDepartmentHead() {
		return this.departmentHead;
	}

	public Set<Long> getOverseenDepartmentIds() {
		return Set.copyOf(this.overseenDepartmentIds);
	}

	public boolean isOverseesAll() {
		return this.overseesAll;
	}

}
