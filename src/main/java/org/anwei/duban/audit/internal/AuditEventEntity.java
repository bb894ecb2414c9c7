package org.anwei.duban.audit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.anwei.duban.audit.AuditEntry;
import org.jspecify.annotations.Nullable;

/** An audit event row. Append-only: no setters, no version, never updated. */
@Entity
@Table(name = "audit_event")
public class AuditEventEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private @Nullable Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "actor_user_id")
	private @Nullable Long actorUserId;

	@Column(name = "actor_username", length = 64)
	private @Nullable String actorUsername;

	@Column(name = "remote_address", length = 64)
	private @Nullable String remoteAddress;

	@Column(name = "entity_type", nullable = false, length = 40)
	private String entityType;

	@Column(name = "entity_id")
	private @Nullable Long entityId;

	@Column(name = "action", nullable = false, length = 40)
	private String action;

	@Column(name = "summary", length = 500)
	private @Nullable String summary;

	// columnDefinition: LONGTEXT is reported as VARCHAR by H2 and as LONGTEXT by MySQL;
	// both validate.
	@Column(name = "changes", columnDefinition = "longtext")
	private @Nullable String changes;

	protected AuditEventEntity() {
		this.occurredAt = Instant.EPOCH;
		this.entityType = "";
		this.action = "";
	}

	public AuditEventEntity(Instant occurredAt, @Nullable Long actorUserId, @Nullable String actorUsername,
			@Nullable String remoteAddress, String entityType, @Nullable Long entityId, String action,
			@Nullable String summary, @Nullable String changes) {
		this.occurredAt = occurredAt;
		this.actorUserId = actorUserId;
		this.actorUsername = truncate(actorUsername, 64);
		this.remoteAddress = truncate(remoteAddress, 64);
		this.entityType = entityType;
		this.entityId = entityId;
		this.action = action;
		this.summary = truncate(summary, 500);
		this.changes = changes;
	}

	public AuditEntry toEntry() {
		return new AuditEntry(this.id == null ? 0 : this.id, this.occurredAt, this.actorUsername, this.remoteAddress,
				this.entityType, this.entityId, this.action, this.summary, ChangesJson.read(this.changes));
	}

	private static @Nullable String truncate(@Nullable String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
