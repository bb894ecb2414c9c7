package org.anwei.duban.task;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.anwei.duban.base.Hashes;
import org.anwei.duban.base.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Checks an uploaded file before it becomes evidence: size, and type decided by its first
 * bytes (a renamed .exe is not a photo). Photos get a thumbnail; the original is never
 * changed.
 */
final class Evidence {

	static final int THUMBNAIL_PIXELS = 240;

	private Evidence() {
	}

	/** A file that passed the checks, ready to store. */
	record Checked(String filename, String contentType, String sha256, byte[] content, byte @Nullable [] thumbnail) {
	}

	static Checked check(Upload upload) {
		String type = contentType(upload);
		return new Checked(Hashes.cleanFileName(upload.filename(), "file"), type, Hashes.sha256Hex(upload.content()),
				upload.content(), thumbnail(upload.content(), type));
	}

	/** The content type the bytes really are, or a validation error naming the file. */
	static String contentType(Upload upload) {
		byte[] b = upload.content();
		if (b.length == 0) {
			throw ValidationException.of("task.attachments", "validation.attachment.empty", upload.filename());
		}
		if (b.length > Upload.MAX_BYTES) {
			throw ValidationException.of("task.attachments", "validation.attachment.too-large", upload.filename(),
					Upload.MAX_BYTES / (1024 * 1024));
		}
		String name = upload.filename().toLowerCase(Locale.ROOT);
		if (starts(b, 0xFF, 0xD8, 0xFF)) {
			return "image/jpeg";
		}
		if (starts(b, 0x89, 'P', 'N', 'G')) {
			return "image/png";
		}
		if (starts(b, '%', 'P', 'D', 'F')) {
			return "application/pdf";
		}
		if (starts(b, 'P', 'K', 3, 4) && name.endsWith(".docx")) {
			return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
		}
		if (starts(b, 'P', 'K', 3, 4) && name.endsWith(".xlsx")) {
			return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
		}
		if (starts(b, 0xD0, 0xCF, 0x11, 0xE0) && name.endsWith(".doc")) {
			return "application/msword";
		}
		if (starts(b, 0xD0, 0xCF, 0x11, 0xE0) && name.endsWith(".xls")) {
			return "application/vnd.ms-excel";
		}
		throw ValidationException.of("task.attachments", "validation.attachment.type", upload.filename());
	}

	/**
	 * A small PNG of a photo, or null for other files (and for images Java cannot read).
	 */
	static byte @Nullable [] thumbnail(byte[] content, String contentType) {
		if (!contentType.startsWith("image/")) {
			return null;
		}
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
			if (image == null) {
				return null;
			}
			double scale = Math.min(1.0, (double) THUMBNAIL_PIXELS / Math.max(image.getWidth(), image.getHeight()));
			int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
			int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
			BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
			Graphics2D graphics = small.createGraphics();
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			graphics.drawImage(image, 0, 0, width, height, null);
			graphics.dispose();
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(small, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static boolean starts(byte[] bytes, int... prefix) {
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
