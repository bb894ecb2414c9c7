package org.anwei.duban.directive.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.anwei.duban.base.api.ApiProblem;
import org.anwei.duban.base.documents.DocumentReader;
import org.anwei.duban.directive.ExtractionJson;
import org.anwei.duban.directive.ExtractionService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/extract}: the directives of a text (plain-text body) or of an
 * uploaded document (multipart {@code file}), in the same JSON as the command line. For
 * authenticated 安委办 staff (HTTP Basic). A text body is read up to
 * {@value #MAX_TEXT_BYTES} bytes and refused beyond (413) before the rest is read: the
 * longest work plan is a tenth of that.
 */
@RestController
@RequestMapping("/api/v1/extract")
@Tag(name = "Directive extraction", description = "Requirements from a speech, minutes or notice")
class ExtractController {

	/**
	 * 1 MB: room for {@link DocumentReader#MAX_TEXT_CHARS} Chinese characters in UTF-8.
	 */
	static final int MAX_TEXT_BYTES = 1024 * 1024;

	private final ExtractionService extraction;

	ExtractController(ExtractionService extraction) {
		this.extraction = extraction;
	}

	@Operation(summary = "Extract directives from text",
			description = "Body: the text itself (UTF-8), at most 1 MB and 300,000 characters; larger is 413.")
	@PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	String extractText(HttpServletRequest request,
			@Parameter(description = "Meeting date for relative deadlines (YYYY-MM-DD)") @RequestParam(
					name = "meetingDate", required = false) @Nullable LocalDate meetingDate)
			throws IOException {
		return ExtractionJson.write(this.extraction.extractText(body(request), meetingDate));
	}

	@Operation(summary = "Extract directives from a document",
			description = ".txt (UTF-8/GBK/UTF-16), .docx, .doc or .pdf, at most 10 MB and 300,000 characters.")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	String extractFile(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "meetingDate", required = false) @Nullable LocalDate meetingDate) throws IOException {
		return ExtractionJson.write(this.extraction.extractFile(file.getBytes(),
				file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), meetingDate));
	}

	/**
	 * The text body, refused as soon as it is known to be too large: by its declared
	 * length before reading, or after {@link #MAX_TEXT_BYTES} bytes when it declares
	 * none.
	 */
	private static String body(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > MAX_TEXT_BYTES) {
			throw ApiProblem.tooLarge(MAX_TEXT_BYTES);
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = request.getInputStream()) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				if (bytes.size() + read > MAX_TEXT_BYTES) {
					throw ApiProblem.tooLarge(MAX_TEXT_BYTES);
				}
				bytes.write(buffer, 0, read);
			}
		}
		String encoding = request.getCharacterEncoding();
		Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
		return bytes.toString(charset);
	}

}
