package org.anwei.duban.security;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.anwei.duban.base.Text;
import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.audit.FieldChange;
import org.anwei.duban.base.ConcurrentEditException;
import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.OptimisticLocking;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.AppUserPrincipal;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Role;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.organization.DepartmentService;
import org.anwei.duban.security.internal.AppUser;
import org.anwei.duban.security.internal.AppUserRepository;
import org.anwei.duban.security.internal.LoginThrottle;
import org.anwei.duban.security.internal.TemporaryPasswords;
import org.anwei.duban.security.internal.UserRules;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts. Admins create accounts with a one-time password that must be changed at
 * first login; every change is audited (never the password itself). An admin cannot
 * disable their own account or the last enabled admin, so the system can never be left
 * without one.
 */
@Service
public class UserService {

	static final String ENTITY = "USER";

	private static final String ADMIN = "hasRole('" + Roles.ADMIN + "')";

	private final AppUserRepository repository;

	private final DepartmentService departments;

	private final PasswordEncoder passwordEncoder;

	private final AuditTrail auditTrail;

	private final CurrentUser currentUser;

	private final LoginThrottle throttle;

	private final Clock clock;

	UserService(AppUserRepository repository, DepartmentService departments, PasswordEncoder passwordEncoder,
			AuditTrail auditTrail, CurrentUser currentUser, LoginThrottle throttle, Clock clock) {
		this.repository = repository;
		this.departments = departments;
		this.passwordEncoder = passwordEncoder;
		this.auditTrail = auditTrail;
		this.currentUser = currentUser;
		this.throttle = throttle;
		this.clock = clock;
	}

	@PreAuthorize(ADMIN)
	@Transactional(readOnly = true)
	public List<UserListItem> list(UserFilter filter, Pageable pageable) {
		List<UserListItem> page = this.repository.findListItems(Text.containsPattern(filter.text()),
				filter.departmentId(), filter.role(), filter.enabledOnly(), pageable);
		if (page.isEmpty()) {
			return page;
		}
		Map<Long, Set<Role>> roles = new HashMap<>();
		for (Object[] pair : this.repository.rolesOf(page.stream().map(UserListItem::id).toList())) {
			roles.computeIfAbsent((Long) pair[0], k -> EnumSet.noneOf(Role.class)).add((Role) pair[1]);
		}
		Map<Long, String> names = this.departments.namesOf(page.stream()
			.map(UserListItem::departmentId)
			.filter(Objects::nonNull)
			.collect(HashSet::new, Set::add, Set::addAll));
		return page.stream()
			.map(u -> u.with(u.departmentId() == null ? null : names.get(u.departmentId()),
					roles.getOrDefault(u.id(), Set.of())))
			.toList();
	}

	@PreAuthorize(ADMIN)
	@Transactional(readOnly = true)
	public long count(UserFilter filter) {
		return this.repository.countListItems(Text.containsPattern(filter.text()), filter.departmentId(), filter.role(),
				filter.enabledOnly());
	}

	@PreAuthorize(ADMIN)
	@Transactional(readOnly = true)
	public UserAccount get(long id) {
		return toAccount(load(id));
	}

	/** The signed-in user's own account. */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public UserAccount myAccount() {
		return toAccount(load(this.currentUser.require().userId()));
	}

	/**
	 * Creates an account. Without an initial password a one-time password is generated;
	 * either way the user must change it at first login.
	 */
	@PreAuthorize(ADMIN)
	@Transactional
	public CreatedUser create(UserCommand command, @Nullable String initialPassword) {
		UserCommand normalized = UserRules.normalize(command);
		List<FieldError> errors = new ArrayList<>(check(normalized, null));
		String password = initialPassword == null || initialPassword.isBlank() ? TemporaryPasswords.generate()
				: initialPassword;
		errors.addAll(
				PasswordPolicy.check(UserRules.PASSWORD, password, normalized.username(), normalized.displayName()));
		ValidationException.throwIfAny(errors);
		AppUser user = createAccount(normalized, password, true);
		return new CreatedUser(toAccount(user), password);
	}

	@PreAuthorize(ADMIN)
	@Transactional
	public UserAccount update(long id, long expectedVersion, UserCommand command) {
		AppUser user = loadForChange(id, expectedVersion);
		UserCommand normalized = UserRules.normalize(command);
		List<FieldError> errors = new ArrayList<>(check(normalized, id));
		if (user.getRoles().contains(Role.ADMIN) && !normalized.roles().contains(Role.ADMIN) && user.isEnabled()
				&& this.repository.countEnabledWithRole(Role.ADMIN) <= 1) {
			errors.add(FieldError.of(UserRules.ROLES, "validation.user.last-admin"));
		}
		ValidationException.throwIfAny(errors);
		Map<String, Object> before = user.snapshot();
		applyProfile(user, normalized);
		OptimisticLocking.flush(this.repository, "entity.user", id);
		List<FieldChange> changes = FieldChange.between(before, user.snapshot());
		if (!changes.isEmpty()) {
			this.auditTrail.recordChange(ENTITY, id, "UPDATED", user.getUsername(), changes);
		}
		return toAccount(user);
	}

	@PreAuthorize(ADMIN)
	@Transactional
	public UserAccount setEnabled(long id, long expectedVersion, boolean enabled) {
		AppUser user = loadForChange(id, expectedVersion);
		if (!enabled) {
			if (id == this.currentUser.require().userId()) {
				throw ValidationException.of("user.enabled", "validation.user.disable-self");
			}
			if (user.getRoles().contains(Role.ADMIN) && this.repository.countEnabledWithRole(Role.ADMIN) <= 1) {
				throw ValidationException.of("user.enabled", "validation.user.last-admin");
			}
		}
		Map<String, Object> before = user.snapshot();
		user.setEnabled(enabled, now());
		OptimisticLocking.flush(this.repository, "entity.user", id);
		this.auditTrail.recordChange(ENTITY, id, enabled ? "ENABLED" : "DISABLED", user.getUsername(),
				FieldChange.between(before, user.snapshot()));
		return toAccount(user);
	}

	/**
	 * Replaces the password with a one-time password the user must change at next login.
	 */
	@PreAuthorize(ADMIN)
	@Transactional
	public CreatedUser resetPassword(long id) {
		AppUser user = load(id);
		String password = TemporaryPasswords.generate();
		user.changePassword(this.passwordEncoder.encode(password), true, now());
		this.auditTrail.recordChange(ENTITY, id, "PASSWORD_RESET", user.getUsername(), List.of());
		return new CreatedUser(toAccount(user), password);
	}

	@PreAuthorize(ADMIN)
	@Transactional
	public UserAccount unlock(long id) {
		AppUser user = load(id);
		user.unlock(now());
		this.throttle.forget(user.getUsername());
		this.auditTrail.recordChange(ENTITY, id, "UNLOCKED", user.getUsername(), List.of());
		return toAccount(user);
	}

	/**
	 * Changes the signed-in user's password after checking the current one. Returns the
	 * principal to put into the security context, with the must-change flag cleared.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public AppUserPrincipal changeOwnPassword(String currentPassword, String newPassword) {
		AppUserPrincipal principal = this.currentUser.require();
		AppUser user = load(principal.userId());
		List<FieldError> errors = new ArrayList<>();
		if (!this.passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
			errors.add(FieldError.of("user.currentPassword", "validation.password.current-wrong"));
		}
		errors.addAll(PasswordPolicy.check(UserRules.PASSWORD, newPassword, user.getUsername(), user.getDisplayName()));
		if (errors.isEmpty() && currentPassword.equals(newPassword)) {
			errors.add(FieldError.of(UserRules.PASSWORD, "validation.password.same"));
		}
		ValidationException.throwIfAny(errors);
		user.changePassword(this.passwordEncoder.encode(newPassword), false, now());
		this.auditTrail.recordChange(ENTITY, principal.userId(), "PASSWORD_CHANGED", user.getUsername(), List.of());
		return principal.withPasswordChanged();
	}

	/**
	 * Enabled accounts of a department; used by department deactivation and the
	 * dashboard.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public long countEnabledInDepartment(long departmentId) {
		return this.repository.countEnabledInDepartment(departmentId);
	}

	/**
	 * Who hears about a department's work: its enabled liaisons, its head and the leaders
	 * who oversee it. Used for reminders, instructions and 督办 notices.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Recipients recipientsOf(long departmentId) {
		return new Recipients(this.repository.departmentUsers(departmentId, false),
				this.repository.departmentUsers(departmentId, true), this.repository.overseersOf(departmentId));
	}

	List<FieldError> check(UserCommand normalized, @Nullable Long selfId) {
		boolean taken = this.repository.findByUsername(normalized.username())
			.map(existing -> !Objects.equals(existing.getId(), selfId))
			.orElse(false);
		Set<Long> ids = new HashSet<>(normalized.overseenDepartmentIds());
		if (normalized.departmentId() != null) {
			ids.add(normalized.departmentId());
		}
		Set<Long> existing = ids.isEmpty() ? Set.of() : this.departments.namesOf(ids).keySet();
		return UserRules.check(normalized, taken, existing::contains);
	}

	/**
	 * Creates a validated account and records it; shared with the import and the
	 * first-admin setup.
	 */
	AppUser createAccount(UserCommand normalized, String password, boolean mustChange) {
		AppUser user = new AppUser(normalized.username(), this.passwordEncoder.encode(password), mustChange, now());
		applyProfile(user, normalized);
		this.repository.saveAndFlush(user);
		this.auditTrail.recordChange(ENTITY, Objects.requireNonNull(user.getId()), "CREATED", user.getUsername(),
				FieldChange.between(null, user.snapshot()));
		return user;
	}

	private void applyProfile(AppUser user, UserCommand command) {
		user.setProfile(command.displayName(), command.departmentId(), command.phone(), command.email(),
				command.roles(), command.overseenDepartmentIds(), command.overseesAll(), command.departmentHead(),
				now());
	}

	private AppUser load(long id) {
		return this.repository.findById(id).orElseThrow(() -> new NotFoundException("entity.user", id));
	}

	private AppUser loadForChange(long id, long expectedVersion) {
		AppUser user = load(id);
		if (user.getVersion() != expectedVersion) {
			throw new ConcurrentEditException("entity.user", id);
		}
		return user;
	}

	static UserAccount toAccount(AppUser user) {
		return new UserAccount(Objects.requireNonNull(user.getId()), user.getVersion(), user.getUsername(),
				user.getDisplayName(), user.getDepartmentId(), user.getRoles(), user.getOverseenDepartmentIds(),
				user.getPhone(), user.getEmail(), user.isDepartmentHead(), user.isEnabled(),
				user.isMustChangePassword(), user.getLockedUntil(), user.getLastLoginAt(), user.isOverseesAll());
	}

	private Instant now() {
		return this.clock.instant();
	}

}
