package org.anwei.duban.base.security;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as every module sees it: id, department, roles and the departments a
 * leader oversees. Loaded once at login; department scoping in services reads it instead
 * of querying the user table.
 */
public final class AppUserPrincipal implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long userId;

	private final String username;

	private final String displayName;

	private final @Nullable Long departmentId;

	private final Set<Role> roles;

	private final Set<Long> overseenDepartmentIds;

	private final boolean overseesAll;

	private final boolean enabled;

	private final boolean accountNonLocked;

	private final boolean mustChangePassword;

	private @Nullable String passwordHash;

	public AppUserPrincipal(long userId, String username, String displayName, @Nullable Long departmentId,
			Set<Role> roles, Set<Long> overseenDepartmentIds, boolean overseesAll, @Nullable String passwordHash,
			boolean enabled, boolean accountNonLocked, boolean mustChangePassword) {
		this.userId = userId;
		this.username = username;
		this.displayName = displayName;
		this.departmentId = departmentId;
		this.roles = Set.copyOf(roles);
		this.overseenDepartmentIds = Set.copyOf(overseenDepartmentIds);
		this.overseesAll = overseesAll;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.accountNonLocked = accountNonLocked;
		this.mustChangePassword = mustChangePassword;
	}

	/** The same user after a password change: the must-change flag is cleared. */
	public AppUserPrincipal withPasswordChanged() {
		return new AppUserPrincipal(this.userId, this.username, this.displayName, this.departmentId, this.roles,
				this.overseenDepartmentIds, this.overseesAll, null, this.enabled, this.accountNonLocked, false);
	}

	public long userId() {
		return this.userId;
	}

	public String displayName() {
		return this.displayName;
	}

	public @Nullable Long departmentId() {
		return this.departmentId;
	}

	public Set<Role> roles() {
		return this.roles;
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public Set<Long> overseenDepartmentIds() {
		return this.overseenDepartmentIds;
	}

	/**
	 * A leader who oversees every department, by an explicit choice; otherwise the
	 * overseen departments, which may be none.
	 */
	public boolean overseesAll() {
		return this.overseesAll;
	}

	public boolean mustChangePassword() {
		return this.mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return this.accountNonLocked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return other instanceof AppUserPrincipal that && that.userId == this.userId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.userId);
	}

	@Override
	public String toString() {
		return "AppUserPrincipal[" + this.username + "]";
	}

}
