package org.anwei.duban.base.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.jspecify.annotations.Nullable;

/**
 * Photos read safely: the size comes from the header, before any pixel is decoded, so a
 * small file of 20,000 × 20,000 pixels (a "decompression bomb") is refused at once; and a
 * reduced copy is decoded every n-th pixel, so memory stays small for any photo.
 */
public final class Images {

	/**
	 * The most pixels a photo may have: 60 million (e.g. 10,000 × 6,000), above any phone
	 * camera's default.
	 */
	public static final long MAX_PIXELS = 60_000_000L;

	private Images() {
	}

	/** Width × height from the image's header, or -1 when it is no readable image. */
	public static long pixels(byte[] content) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			ImageReader reader = reader(in);
			if (reader == null) {
				return -1;
			}
			try {
				reader.setInput(in, true, true);
				return (long) reader.getWidth(0) * reader.getHeight(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

	/** The image decoded at about {@code target} pixels on its longer side, or null. */
	public static @Nullable BufferedImage readReduced(byte[] content, int target) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			ImageReader reader = reader(in);
			if (reader == null) {
				return null;
			}
			try {
				reader.setInput(in, true, true);
				int longer = Math.max(reader.getWidth(0), reader.getHeight(0));
				int step = Math.max(1, longer / target);
				ImageReadParam param = reader.getDefaultReadParam();
				param.setSourceSubsampling(step, step, 0, 0);
				return reader.read(0, param);
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static @Nullable ImageReader reader(@Nullable ImageInputStream in) {
		if (in == null) {
			return null;
		}
		Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
		return readers.hasNext() ? readers.next() : null;
	}

}
