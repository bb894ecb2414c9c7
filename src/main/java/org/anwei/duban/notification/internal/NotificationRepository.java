package org.anwei.duban.notification.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

	long countByRecipientAndReadAtIsNull(String recipient);

	List<Notification> findByRecipientOrderByCreatedAtDescIdDesc(String recipient, Pageable pageable);

	long countByRecipient(String recipient);

	@Modifying
	@Query("update Notification n set n.readAt = :now where n.recipient = :recipient and n.readAt is null")
	int markAllRead(@Param("recipient") String recipient, @Param("now") Instant now);

	/** What the next digest carries: unsent mail for users with an address. */
	@Query("""
			select n from Notification n
			where n.emailedAt is null and n.email is not null
			order by n.recipient, n.createdAt, n.id
			""")
	List<Notification> pendingDigest();

}
