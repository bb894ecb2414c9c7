package org.anwei.duban.base.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Office files of today (.docx, .xlsx) are ZIP archives; a small one can hide thousands
 * of entries or gigabytes of text (a "ZIP bomb"). Every such file is walked once, in
 * constant memory, before any parser opens it: at most {@value #MAX_ENTRIES} entries, at
 * most {@value #MAX_EXPANDED_MB} MB unpacked, and (beyond 10 MB) at most
 * {@value #MAX_RATIO} times its packed size.
 */
public final class OfficeArchives {

	public static final int MAX_ENTRIES = 10_000;

	public static final int MAX_EXPANDED_MB = 200;

	public static final int MAX_RATIO = 100;

	private OfficeArchives() {
	}

	/** True for a ZIP archive (PK\3\4): the files this check applies to. */
	public static boolean isArchive(byte[] content) {
		return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	/**
	 * True when a ZIP archive passes the limits above. A broken archive is no bomb: the
	 * parser that opens it reports it as unreadable.
	 */
	public static boolean isBomb(byte[] content) {
		if (!isArchive(content)) {
			return false;
		}
		// a ratio only matters once the unpacked size does: 10 MB is harmless whatever
		// the ratio
		long limit = Math.min((long) MAX_EXPANDED_MB * 1024 * 1024,
				Math.max((long) content.length * MAX_RATIO, 10L * 1024 * 1024));
		long expanded = 0;
		int entries = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++entries > MAX_ENTRIES) {
					return true;
				}
				for (int read = zip.read(buffer); read > 0; read = zip.read(buffer)) {
					expanded += read;
					if (expanded > limit) {
						return true;
					}
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}

}
