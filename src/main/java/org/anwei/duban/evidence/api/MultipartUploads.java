package org.anwei.duban.evidence.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.anwei.duban.evidence.Upload;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/**
 * The files of a multipart request as uploads; the size limits were enforced before
 * (multipart limits and the upload filter), the content is checked by the service.
 */
public final class MultipartUploads {

	private MultipartUploads() {
	}

	public static List<Upload> of(@Nullable List<MultipartFile> files) throws IOException {
		List<Upload> uploads = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			String name = file.getOriginalFilename();
			uploads.add(new Upload(name == null || name.isBlank() ? "file" : name, file.getBytes()));
		}
		return uploads;
	}

}
