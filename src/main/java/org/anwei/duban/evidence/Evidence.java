package org.anwei.duban.evidence;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.anwei.duban.base.FieldError;
import org.anwei.duban.base.Hashes;
import org.anwei.duban.base.documents.FileTypes;
import org.anwei.duban.base.documents.Images;
import org.anwei.duban.base.documents.OfficeArchives;
import org.anwei.duban.base.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Checks an uploaded file before it becomes evidence: size; type decided by its bytes (a
 * renamed .exe is not a photo; see {@link FileTypes}); an Office file is no ZIP bomb
 * ({@link OfficeArchives}); a photo has at most {@link Images#MAX_PIXELS} pixels, read
 * from its header before anything is decoded. Photos get a thumbnail; the original is
 * never changed.
 */
public final class Evidence {

	public static final int THUMBNAIL_PIXELS = 240;

	/**
	 * Photos, PDF and Word/Excel documents (the types a report or a decision carries).
	 */
	private static final java.util.Set<String> ACCEPTED = java.util.Set.of("image/jpeg", "image/png", "application/pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/msword",
			"application/vnd.ms-excel");

	private Evidence() {
	}

	/** A file that passed the checks, ready to store. */
	public record Checked(String filename, String contentType, String sha256, byte[] content,
			byte @Nullable [] thumbnail) {
	}

	/**
	 * Checks every file by content, collecting each refusal into {@code errors} rather
	 * than stopping; at most {@link Upload#MAX_FILES} files. Returns the files that
	 * passed.
	 */
	public static List<Checked> checkAll(List<Upload> files, String field, List<FieldError> errors) {
		List<Checked> checked = new ArrayList<>();
		if (files.size() > Upload.MAX_FILES) {
			errors.add(FieldError.of(field, "validation.attachment.too-many", Upload.MAX_FILES));
			return checked;
		}
		for (Upload file : files) {
			try {
				checked.add(check(file, field));
			}
			catch (ValidationException ex) {
				errors.addAll(ex.errors());
			}
		}
		return checked;
	}

	/**
	 * Checks a file; a refusal is a validation error on the given field (the form field
	 * or API part the file came in), naming the file.
	 */
	public static Checked check(Upload upload, String field) {
		String type = contentType(upload, field);
		return new Checked(Hashes.cleanFileName(upload.filename(), "file"), type, Hashes.sha256Hex(upload.content()),
				upload.content(), thumbnail(upload.content(), type));
	}

	/** The content type the bytes really are, or a validation error naming the file. */
	public static String contentType(Upload upload, String field) {
		byte[] b = upload.content();
		if (b.length == 0) {
			throw ValidationException.of(field, "validation.attachment.empty", upload.filename());
		}
		if (b.length > Upload.MAX_BYTES) {
			throw ValidationException.of(field, "validation.attachment.too-large", upload.filename(),
					Upload.MAX_BYTES / (1024 * 1024));
		}
		String type = FileTypes.detect(b, upload.filename());
		if (!ACCEPTED.contains(type)) {
			throw ValidationException.of(field, "validation.attachment.type", upload.filename());
		}
		if (OfficeArchives.isBomb(b)) {
			throw ValidationException.of(field, "validation.attachment.archive", upload.filename());
		}
		if (type.startsWith("image/")) {
			long pixels = Images.pixels(b);
			if (pixels < 0 || pixels > Images.MAX_PIXELS) {
				throw ValidationException.of(field, "validation.attachment.pixels", upload.filename(),
						Images.MAX_PIXELS / 1_000_000);
			}
		}
		return type;
	}

	/**
	 * A small PNG of a photo, or null for other files (and for images Java cannot read).
	 * The photo is decoded at a fraction of its size (every n-th pixel), so memory stays
	 * small whatever its resolution.
	 */
	public static byte @Nullable [] thumbnail(byte[] content, String contentType) {
		if (!contentType.startsWith("image/")) {
			return null;
		}
		try {
			BufferedImage image = Images.readReduced(content, THUMBNAIL_PIXELS);
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

}
