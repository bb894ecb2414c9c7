package org.anwei.duban.notification.internal;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.anwei.duban.base.i18n.Languages;
import org.anwei.duban.base.i18n.LocalizedText;
import org.anwei.duban.base.i18n.Translations;
import org.jspecify.annotations.Nullable;

/** One message for one user. Only its read and mailed marks change. */
@Entity
@Table(name = "notification")
public class Notification {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "id")
	private @Nullable Long id;

	@Column(name = "recipient", nullable = false, length = 64)
	private String recipient;

	@Column(name = "email", length = 120)
	private @Nullable String email;

	@Column(name = "kind", nullable = false, length = 32)
	private String kind;

	@Column(name = "title", nullable = false, length = 200)
	private String title;

	@Column(name = "body", nullable = false, length = 2000)
	private String body;

	@Column(name = "title_key", length = 100)
	private @Nullable String titleKey;

	@Column(name = "body_key", length = 100)
	private @Nullable String bodyKey;

	@Column(name = "arguments", length = 2000)
	private @Nullable String arguments;

	@Column(name = "language", length = 16)
	private @Nullable String language;

	@Column(name = "link", length = 200)
	private @Nullable String link;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private @Nullable Instant readAt;

	@Column(name = "emailed_at")
	private @Nullable Instant emailedAt;

	protected Notification() {
		this.recipient = "";
		this.kind = "";
		this.title = "";
		this.body = "";
		this.createdAt = Instant.EPOCH;
	}

	/**
	 * @param title translated for each reader; its rendering in the committee's language
	 * is kept too, as it was sent
	 * @param body shares the title's arguments
	 * @param language the addressee's language when sent, which their mail is written in
	 */
	public Notification(String recipient, @Nullable String email, @Nullable String language, String kind,
			LocalizedText title, String bodyKey, Translations translations, @Nullable String link, Instant now) {
		this.recipient = recipient;
		this.email = email == null || email.isBlank() ? null : email;
		this.language = language;
		this.kind = kind;
		this.titleKey = title.key();
		this.bodyKey = bodyKey;
		String stored = title.storedArguments();
		this.arguments = stored.length() > 2000 ? stored.substring(0, 2000) : stored;
		this.title = cut(title(translations, Languages.DEFAULT), 200);
		this.body = cut(body(translations, Languages.DEFAULT), 2000);
		this.link = link;
		this.createdAt = now;
	}

	private static String cut(String text, int length) {
		return text.length() > length ? text.substring(0, length) : text;
	}

	/**
	 * The title in the reader's language; rows from before translation keep their text.
	 */
	public String title(Translations translations, Locale locale) {
		return this.titleKey == null ? this.title
				: LocalizedText.restore(this.titleKey, this.arguments).render(translations, locale);
	}

	public String body(Translations translations, Locale locale) {
		return this.bodyKey == null ? this.body
				: LocalizedText.restore(this.bodyKey, this.arguments).render(translations, locale);
	}

	public @Nullable String getLanguage() {
		return this.language;
	}

	public void markRead(Instant now) {
		if (this.readAt == null) {
			this.readAt = now;
		}
	}

	public void markEmailed(Instant now) {
		this.emailedAt = now;
	}

	public @Nullable Long getId() {
		return this.id;
	}

	public String getRecipient() {
		return this.recipient;
	}

	public @Nullable String getEmail() {
		return this.email;
	}

	public String getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public @Nullable String getLink() {
		return this.link;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public @Nullable Instant getReadAt() {
		return this.readAt;
	}

}
