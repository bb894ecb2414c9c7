package org.anwei.duban.security;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A token as its owner sees it: never the secret, only its first characters. */
public record AccessTokenItem(long id, String name, String prefix, Instant createdAt, @Nullable Instant expiresAt,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

	public boolean active(Instant now) {
		return this.revokedAt == null && (this.expiresAt == null || now.isBefore(this.expiresAt));
	}

}
