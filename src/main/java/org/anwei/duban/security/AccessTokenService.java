package org.anwei.duban.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.anwei.duban.audit.AuditTrail;
import org.anwei.duban.base.NotFoundException;
import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.security.CurrentUser;
import org.anwei.duban.security.internal.AccessToken;
import org.anwei.duban.security.internal.AccessTokenRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the REST API ({@code Authorization: Bearer adb_…}). Users
 * create and revoke their own; the secret is shown once, only its SHA-256 is stored, and
 * a token acts with exactly its owner's rights (a disabled or locked owner locks it too).
 */
@Service
public class AccessTokenService {

	static final String PREFIX = "adb_";

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final SecureRandom random = new SecureRandom();

	private final AccessTokenRepository tokens;

	private final AuditTrail auditTrail;

	private final CurrentUser currentUser;

	private final Clock clock;

	AccessTokenService(AccessTokenRepository tokens, AuditTrail auditTrail, CurrentUser currentUser, Clock clock) {
		this.tokens = tokens;
		this.auditTrail = auditTrail;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** A new token for the signed-in user; {@code validDays} null means until revoked. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public CreatedAccessToken create(String name, @Nullable Integer validDays) {
		if (name.isBlank()) {
			throw ValidationException.of("token.name", "validation.required");
		}
		if (name.strip().length() > 100) {
			throw ValidationException.of("token.name", "validation.too-long", 100);
		}
		if (validDays != null && (validDays < 1 || validDays > 3650)) {
			throw ValidationException.of("token.validDays", "validation.token.valid-days");
		}
		StringBuilder secret = new StringBuilder(PREFIX);
		for (int i = 0; i < 40; i++) {
			secret.append(ALPHABET.charAt(this.random.nextInt(ALPHABET.length())));
		}
		Instant now = this.clock.instant();
		long userId = this.currentUser.require().userId();
		AccessToken token = this.tokens
			.saveAndFlush(new AccessToken(userId, name.strip(), AccessTokenHash.of(secret.toString()),
					secret.substring(0, 8), validDays == null ? null : now.plus(Duration.ofDays(validDays)), now));
		this.auditTrail.recordChange("USER", userId, "TOKEN_CREATED", token.getName(), List.of());
		return new CreatedAccessToken(toItem(token), secret.toString());
	}

	@PreAuthorize("isAuthenticated()")
	@Transactional(readOnly = true)
	public List<AccessTokenItem> mine() {
		return this.tokens.findByUserIdOrderByCreatedAtDesc(this.currentUser.require().userId())
			.stream()
			.map(AccessTokenService::toItem)
			.toList();
	}

	/** Revokes one of the user's own tokens at once; someone else's is not found. */
	@PreAuthorize("isAuthenticated()")
	@Transactional
	public void revoke(long id) {
		long userId = this.currentUser.require().userId();
		AccessToken token = this.tokens.findById(id)
			.filter(t -> t.getUserId() == userId)
			.orElseThrow(() -> new NotFoundException("entity.token", id));
		token.revoke(this.clock.instant());
		this.auditTrail.recordChange("USER", userId, "TOKEN_REVOKED", token.getName(), List.of());
	}

	private static AccessTokenItem toItem(AccessToken t) {
		return new AccessTokenItem(Objects.requireNonNull(t.getId()), t.getName(), t.getTokenPrefix(), t.getCreatedAt(),
				t.getExpiresAt(), t.getLastUsedAt(), t.getRevokedAt());
	}

}
