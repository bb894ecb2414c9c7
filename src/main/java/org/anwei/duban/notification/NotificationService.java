package org.anwei.duban.notification;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.i18n.Translations;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.notification.internal.Notification;
import org.anwei.duban.notification.internal.NotificationRepository;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends notifications and lets each user read their own. Sending is open to any signed-in
 * caller because it is always the side effect of an action the calling service has
 * already allowed; reading is strictly one's own.
 */
@Service
public class NotificationService {

	private final NotificationRepository repository;

	private final CurrentUser currentUser;

	private final Clock clock;

	private final Translations translations;

	NotificationService(NotificationRepository repository, CurrentUser currentUser, Clock clock,
			Translations translations) {
		this.repository = repository;
		this.currentUser = currentUser;
		this.clock = clock;
		this.translations = translations;
	}

	/** One notification per addressee (a username listed twice gets one). */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void send(Message message) {
		message.to()
			.stream()
			.filter(a -> !a.username().isBlank())
			.collect(java.util.stream.Collectors.toMap(Message.Addressee::username, a -> a, (a, b) -> a,
					java.util.LinkedHashMap::new))
			.values()
			.forEach(a -> this.repository.save(new Notification(a.username(), a.email(), a.language(), message.kind(),
					message.title(), message.bodyKey(), this.translations, message.link(), this.clock.instant())));
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public long unreadCount() {
		return this.repository.countByRecipientAndReadAtIsNull(me());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<NotificationItem> mine(Locale locale, Pageable pageable) {
		return this.repository.findByRecipientOrderByCreatedAtDescIdDesc(me(), pageable)
			.stream()
			.map(n -> new NotificationItem(Objects.requireNonNull(n.getId()), n.getKind(),
					n.title(this.translations, locale), n.body(this.translations, locale), n.getLink(),
					n.getCreatedAt(), n.getReadAt() != null))
			.toList();
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public long countMine() {
		return this.repository.countByRecipient(me());
	}

	/** Marks one of the user's own notifications read; someone else's is not found. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void markRead(long id) {
		this.repository.findById(id)
			.filter(n -> n.getRecipient().equals(me()))
			.orElseThrow(() -> new NotFoundException("entity.notification", id))
			.markRead(this.clock.instant());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void markAllRead() {
		this.repository.markAllRead(me(), this.clock.instant());
	}

	private String me() {
		return this.currentUser.require().getUsername();
	}

}
