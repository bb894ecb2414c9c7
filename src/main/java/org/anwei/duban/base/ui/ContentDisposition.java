package org.anwei.duban.base.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** {@code Content-Disposition} values with a Chinese file name (RFC 6266, RFC 5987). */
final class ContentDisposition {

	private ContentDisposition() {
	}

	static String attachment(String filename) {
		String ascii = filename.replaceAll("[^\\x20-\\x7e]", "_").replace("\"", "_").replace("\\", "_");
		String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}

}
