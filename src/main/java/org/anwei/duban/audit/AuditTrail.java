package org.anwei.duban.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.anwei.duban.base.Text;
import org.anwei.duban.audit.internal.AuditEventEntity;
import org.anwei.duban.audit.internal.AuditEventRepository;
import org.anwei.duban.audit.internal.ChangesJson;
import org.anwei.duban.base.security.AppUserPrincipal;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.base.security.Roles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records and reads the audit trail.
 *
 * <p>
 * Why an append-only event table rather than Hibernate Envers: the history users need is
 * a readable timeline of business events ("returned with reason …", "login failed from
 * 10.0.0.7") with field-level old → new values, across modules and including events that
 * change no entity (logins). Envers records entity snapshots per table, which must be
 * diffed to be read and cannot carry a reason or a login. Recording is explicit in the
 * services, in the same transaction as the change, so an event exists exactly when the
 * change was committed.
 */
@Service
public class AuditTrail {

	/**
	 * Actor name of changes made by the application itself, e.g. the first admin created
	 * at start-up.
	 */
	public static final String SYSTEM = "system";

	private final AuditEventRepository repository;

	private final CurrentUser currentUser;

	private final Clock clock;

	AuditTrail(AuditEventRepository repository, CurrentUser currentUser, Clock clock) {
		this.repository = repository;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/**
	 * Records a change made by the current user (or by the system, at start-up), in the
	 * caller's transaction: if the change rolls back, so does its record. Whether the
	 * change was allowed is the calling service's check; recording it is always allowed.
	 */
	@PreAuthorize("permitAll()")
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordChange(String entityType, long entityId, String action, @Nullable String summary,
			List<FieldChange> changes) {
		AppUserPrincipal actor = this.currentUser.get().orElse(null);
		this.repository.save(new AuditEventEntity(this.clock.instant(), actor == null ? null : actor.userId(),
				actor == null ? SYSTEM : actor.getUsername(), currentRemoteAddress(), entityType, entityId, action,
				summary, ChangesJson.write(changes)));
	}

	/**
	 * Records a security event (login, logout, failed attempt, lockout). Joins the
	 * caller's transaction when there is one (the sign-in listeners each run one short
	 * transaction of their own), and never borrows a second connection while the caller
	 * holds one: in a rush of sign-ins every pooled connection would then be held by a
	 * caller waiting for another (the load test found it at 200 users). Open to anonymous
	 * callers: a failed login has no authenticated user.
	 */
	@PreAuthorize("permitAll()")
	@Transactional
	public void recordSecurityEvent(String action, @Nullable Long userId, String username,
			@Nullable String remoteAddress, @Nullable String summary) {
		this.repository.save(new AuditEventEntity(this.clock.instant(), userId, username, remoteAddress, "USER", userId,
				action, summary, null));
	}

	/**
	 * Whether a user had a security event (e.g. a successful login) since a time, from an
	 * address when one is given. For the sign-in itself, so open to anonymous callers; it
	 * answers only yes or no.
	 */
	@PreAuthorize("permitAll()")
	@Transactional(readOnly = true)
	public boolean hasSecurityEvent(long userId, String action, @Nullable String remoteAddress, Instant since) {
		return this.repository.existsUserEvent(userId, action, remoteAddress, since);
	}

	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	@Transactional(readOnly = true)
	public List<AuditEntry> search(AuditFilter filter, Pageable pageable) {
		return this.repository
			.search(upper(filter.entityType()), Text.containsPattern(filter.actor()), upper(filter.action()),
					filter.from(), filter.to(), pageable)
			.stream()
			.map(AuditEventEntity::toEntry)
			.toList();
	}

	@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
	@Transactional(readOnly = true)
	public long count(AuditFilter filter) {
		return this.repository.count(upper(filter.entityType()), Text.containsPattern(filter.actor()),
				upper(filter.action()), filter.from(), filter.to());
	}

	/**
	 * The history of one record, newest first. Callers are feature services that have
	 * already checked that the current user may see the record.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<AuditEntry> history(String entityType, long entityId) {
		return this.repository.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(entityType, entityId)
			.stream()
			.map(AuditEventEntity::toEntry)
			.toList();
	}

	/**
	 * The histories of many records of one type in one query, oldest first per record,
	 * for exports; callers have checked that the user may see the records.
	 */
	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public Map<Long, List<AuditEntry>> histories(String entityType, java.util.Collection<Long> entityIds) {
		if (entityIds.isEmpty()) {
			return Map.of();
		}
		return this.repository.findByEntityTypeAndEntityIdInOrderByOccurredAtAscIdAsc(entityType, entityIds)
			.stream()
			.map(AuditEventEntity::toEntry)
			.collect(java.util.stream.Collectors.groupingBy(e -> java.util.Objects.requireNonNull(e.entityId()),
					java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()));
	}

	private static @Nullable String upper(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.trim().toUpperCase(Locale.ROOT);
	}

	private static @Nullable String currentRemoteAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			return servlet.getRequest().getRemoteAddr();
		}
		return null;
	}

}
