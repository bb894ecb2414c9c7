package org.anwei.duban.audit.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditEventRepository extends JpaRepository<AuditEventEntity, Long> {

	String FILTER = """
			where (:entityType is null or e.entityType = :entityType)
			  and (:actor is null or lower(e.actorUsername) like :actor)
			  and (:action is null or e.action = :action)
			  and (:from is null or e.occurredAt >= :from)
			  and (:to is null or e.occurredAt < :to)
			""";

	@Query("select e from AuditEventEntity e " + FILTER + " order by e.occurredAt desc, e.id desc")
	List<AuditEventEntity> search(@Param("entityType") @Nullable String entityType,
			@Param("actor") @Nullable String actor, @Param("action") @Nullable String action,
			@Param("from") @Nullable Instant from, @Param("to") @Nullable Instant to, Pageable pageable);

	@Query("select count(e) from AuditEventEntity e " + FILTER)
	long count(@Param("entityType") @Nullable String entityType, @Param("actor") @Nullable String actor,
			@Param("action") @Nullable String action, @Param("from") @Nullable Instant from,
			@Param("to") @Nullable Instant to);

	List<AuditEventEntity> findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(String entityType, Long entityId);

	List<AuditEventEntity> findByEntityTypeAndEntityIdInOrderByOccurredAtAscIdAsc(String entityType,
			java.util.Collection<Long> entityIds);

	/** Uses the (entity_type, entity_id, occurred_at) index: a user's events are few. */
	@Query("""
			select count(e) > 0 from AuditEventEntity e
			where e.entityType = 'USER' and e.entityId = :userId and e.action = :action
			  and (:address is null or e.remoteAddress = :address) and e.occurredAt >= :since
			""")
	boolean existsUserEvent(@Param("userId") long userId, @Param("action") String action,
			@Param("address") @Nullable String address, @Param("since") Instant since);

}
