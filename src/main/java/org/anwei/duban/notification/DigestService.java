package org.anwei.duban.notification;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.anwei.duban.base.i18n.Languages;
import org.anwei.duban.base.i18n.Translations;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.notification.internal.Notification;
import org.anwei.duban.notification.internal.NotificationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily digest: one mail per user listing everything not yet mailed, never one mail
 * per task. Without a configured mail server ({@code spring.mail.host}) nothing is sent
 * and the notifications stay in the app. A failed send leaves that user's items for the
 * next run.
 */
@Service
public class DigestService {

	private static final Logger log = LoggerFactory.getLogger(DigestService.class);

	private final NotificationRepository repository;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final Clock clock;

	private final String from;

	private final String baseUrl;

	private final Translations translations;

	DigestService(NotificationRepository repository, ObjectProvider<JavaMailSender> mailSender, Clock clock,
			Translations translations, @Value("${anwei.mail.from}") String from,
			@Value("${anwei.base-url}") String baseUrl) {
		this.repository = repository;
		this.translations = translations;
		this.mailSender = mailSender;
		this.clock = clock;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
	}

	/** Sends the digests; returns how many mails went out. */
	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	@Transactional
	public int sendDigests() {
		JavaMailSender sender = this.mailSender.getIfAvailable();
		if (sender == null) {
			log.info("No mail server configured (spring.mail.host); digests stay in the app");
			return 0;
		}
		Map<String, List<Notification>> byRecipient = new LinkedHashMap<>();
		for (Notification n : this.repository.pendingDigest()) {
			byRecipient.computeIfAbsent(n.getRecipient() + "\u0000" + n.getEmail(), k -> new java.util.ArrayList<>())
				.add(n);
		}
		int sent = 0;
		for (List<Notification> items : byRecipient.values()) {
			try {
				sender.send(mail(items));
				items.forEach(n -> n.markEmailed(this.clock.instant()));
				sent++;
			}
			catch (MailException ex) {
				log.warn("Digest to {} failed; it will be retried next run: {}", items.getFirst().getEmail(),
						ex.getMessage());
			}
		}
		return sent;
	}

	/**
	 * One mail, in the language of the newest of its items (the user's latest choice).
	 */
	private SimpleMailMessage mail(List<Notification> items) {
		Locale locale = Languages.fromTag(items.getLast().getLanguage());
		SimpleMailMessage mail = new SimpleMailMessage();
		mail.setFrom(this.from);
		mail.setTo(java.util.Objects.requireNonNull(items.getFirst().getEmail()));
		mail.setSubject(this.translations.translate(locale, "digest.subject", items.size()));
		StringBuilder text = new StringBuilder(this.translations.translate(locale, "digest.greeting")).append("\n\n");
		int i = 1;
		for (Notification n : items) {
			text.append(i++)
				.append(". ")
				.append(n.title(this.translations, locale))
				.append('\n')
				.append(n.body(this.translations, locale))
				.append('\n');
			if (n.getLink() != null) {
				text.append(this.baseUrl).append(n.getLink()).append('\n');
			}
			text.append('\n');
		}
		text.append(this.translations.translate(locale, "digest.footer"));
		mail.setText(text.toString());
		return mail;
	}

}
