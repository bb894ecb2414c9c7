package org.anwei.duban.base;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 fingerprints: of stored originals (so anyone can check a file was not changed)
 * and of access-token secrets.
 */
public final class Hashes {

	private Hashes() {
	}

	public static String sha256Hex(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

	/**
	 * A file's own name as a browser or client sent it, without any path, at most 255
	 * characters (its end, which holds the extension, is kept).
	 */
	public static String cleanFileName(String filename, String fallback) {
		String name = filename.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).strip();
		if (name.isEmpty()) {
			return fallback;
		}
		return name.length() > 255 ? name.substring(name.length() - 255) : name;
	}

}
