package org.anwei.duban.notification.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

	public Notification(String recipient, @Nullable String email, String kind, String title, String body,
			@Nullable String link, Instant now) {
		this.recipient = recipient;
		this.email = email == null || email.isBlank() ? null : email;
		this.kind = kind;
		this.title = title.length() > 200 ? title.substring(0, 200) : title;
		this.body = body.length() > 2000 ? body.substring(0, 2000) : body;
		this.link = link;
		this.createdAt = now;
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
