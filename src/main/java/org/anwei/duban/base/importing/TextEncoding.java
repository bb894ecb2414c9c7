package org.anwei.duban.base.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text files of unknown encoding the way Chinese offices produce them: UTF-8
 * (with or without BOM), UTF-16 (Excel's "Unicode text", with BOM) and GBK/GB18030
 * (Excel's default "CSV" on Chinese Windows). Strict decoding decides: a file that is
 * valid UTF-8 is UTF-8; otherwise GB18030, a superset of GBK and GB2312. Text that
 * decodes as neither is rejected rather than imported as mojibake.
 */
public final class TextEncoding {

	public static final Charset GB18030 = Charset.forName("GB18030");

	private TextEncoding() {
	}

	public record Decoded(String text, Charset charset) {
	}

	public static Decoded decode(byte[] bytes) {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
		}
		Charset utf16 = utf16WithoutBom(bytes);
		for (Charset charset : utf16 == null ? new Charset[] { StandardCharsets.UTF_8, GB18030 }
				: new Charset[] { utf16 }) {
			try {
				return new Decoded(decodeOrThrow(bytes, 0, charset), charset);
			}
			catch (CharacterCodingException ex) {
				// try the next candidate
			}
		}
		throw new ImportFileException("import.error.encoding");
	}

	/**
	 * UTF-16 without a BOM shows as a zero byte in every other position for ASCII text.
	 */
	private static @org.jspecify.annotations.Nullable Charset utf16WithoutBom(byte[] bytes) {
		int sample = Math.min(bytes.length, 400) & ~1;
		if (sample < 4) {
			return null;
		}
		int zeroEven = 0;
		int zeroOdd = 0;
		for (int i = 0; i < sample; i++) {
			if (bytes[i] == 0) {
				if ((i & 1) == 0) {
					zeroEven++;
				}
				else {
					zeroOdd++;
				}
			}
		}
		int half = sample / 2;
		if (zeroOdd > half * 0.3 && zeroEven == 0) {
			return StandardCharsets.UTF_16LE;
		}
		if (zeroEven > half * 0.3 && zeroOdd == 0) {
			return StandardCharsets.UTF_16BE;
		}
		return null;
	}

	private static String strict(byte[] bytes, int offset, Charset charset) {
		try {
			return decodeOrThrow(bytes, offset, charset);
		}
		catch (CharacterCodingException ex) {
			throw new ImportFileException("import.error.encoding");
		}
	}

	private static String decodeOrThrow(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
		return charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
			.toString();
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
