package org.anwei.duban.security;

import java.nio.charset.StandardCharsets;

import org.anwei.duban.base.Hashes;

/** Tokens are long random secrets, so a plain SHA-256 is enough to store them safely. */
final class AccessTokenHash {

	private AccessTokenHash() {
	}

	static String of(String secret) {
		return Hashes.sha256Hex(secret.getBytes(StandardCharsets.UTF_8));
	}

}
