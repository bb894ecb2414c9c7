package org.anwei.duban.directive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.anwei.duban.base.ValidationException;
import org.anwei.duban.base.documents.DocumentReader;
import org.anwei.duban.base.security.Roles;
import org.anwei.duban.directive.extraction.DepartmentDirectory;
import org.anwei.duban.directive.extraction.DirectiveExtractor;
import org.anwei.duban.directive.extraction.ExtractionResult;
import org.anwei.duban.organization.DepartmentRef;
import org.anwei.duban.organization.DepartmentService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Runs the extraction engine against the committee's own department directory, so
 * mentions such as 市安监局 map to today's 市应急管理局. Only 安委办 staff extract: it is the first
 * step of turning a meeting into tasks.
 */
@Service
public class ExtractionService {

	private final DepartmentService departments;

	private final DirectiveExtractor extractor = new DirectiveExtractor();

	ExtractionService(DepartmentService departments) {
		this.departments = departments;
	}

	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	public ExtractionResult extractText(String text, @Nullable LocalDate meetingDate) {
		if (text.length() > DocumentReader.MAX_TEXT_CHARS) {
			throw ValidationException.of("extract.text", "validation.too-long", DocumentReader.MAX_TEXT_CHARS);
		}
		return this.extractor.extract(text, meetingDate, directory());
	}

	/**
	 * Reads a .txt/.docx/.doc/.pdf file first; unreadable files raise a DocumentException
	 * with a clear message.
	 */
	@PreAuthorize("hasRole('" + Roles.STAFF + "')")
	public ExtractionResult extractFile(byte[] content, String filename, @Nullable LocalDate meetingDate) {
		return extractText(DocumentReader.read(content, filename).text(), meetingDate);
	}

	private DepartmentDirectory directory() {
		Map<String, List<String>> names = new LinkedHashMap<>();
		for (DepartmentRef ref : this.departments.directory()) {
			if (!ref.active()) {
				continue;
			}
			List<String> others = new ArrayList<>(ref.aliases());
			if (ref.shortName() != null) {
				others.add(ref.shortName());
			}
			names.put(ref.name(), others);
		}
		return DepartmentDirectory.of(names);
	}

}
