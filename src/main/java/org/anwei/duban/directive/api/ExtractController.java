package org.anwei.duban.directive.api;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.anwei.duban.base.documents.DocumentException;
import org.anwei.duban.base.i18n.Languages;
import org.anwei.duban.base.i18n.Translations;
import org.anwei.duban.directive.ExtractionJson;
import org.anwei.duban.directive.ExtractionService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/v1/extract}: the directives of a text (plain-text body) or of an
 * uploaded document (multipart {@code file}), in the same JSON as the command line. For
 * authenticated 安委办 staff (HTTP Basic).
 */
@RestController
@RequestMapping("/api/v1/extract")
@Tag(name = "Directive extraction", description = "Requirements from a speech, minutes or notice")
class ExtractController {

	private final ExtractionService extraction;

	private final Translations translations;

	ExtractController(ExtractionService extraction, Translations translations) {
		this.extraction = extraction;
		this.translations = translations;
	}

	@Operation(summary = "Extract directives from text", description = "Body: the text itself (UTF-8).")
	@PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	String extractText(@RequestBody String text,
			@Parameter(description = "Meeting date for relative deadlines (YYYY-MM-DD)") @RequestParam(
					name = "meetingDate", required = false) @Nullable LocalDate meetingDate) {
		return ExtractionJson.write(this.extraction.extractText(text, meetingDate));
	}

	@Operation(summary = "Extract directives from a document",
			description = ".txt (UTF-8/GBK/UTF-16), .docx, .doc or .pdf, at most 10 MB.")
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	String extractFile(@RequestParam("file") MultipartFile file,
			@RequestParam(name = "meetingDate", required = false) @Nullable LocalDate meetingDate) throws IOException {
		return ExtractionJson.write(this.extraction.extractFile(file.getBytes(),
				file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), meetingDate));
	}

	/**
	 * Unreadable documents: 422 with the key and a sentence in the caller's language
	 * (Chinese by default).
	 */
	@ExceptionHandler(DocumentException.class)
	ResponseEntity<Map<String, String>> unreadable(DocumentException ex, HttpServletRequest request) {
		String language = request.getHeader("Accept-Language");
		Locale locale = language == null ? Languages.DEFAULT : Languages.fromTag(language.split(",")[0].strip());
		return ResponseEntity.unprocessableContent()
			.body(Map.of("error", ex.messageKey(), "message",
					this.translations.translate(locale, ex.messageKey(), ex.arguments().toArray())));
	}

}
