package org.anwei.duban.directive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.anwei.duban.directive.extraction.Candidate;
import org.anwei.duban.directive.extraction.DepartmentMention;
import org.anwei.duban.directive.extraction.ExtractedDirective;
import org.anwei.duban.directive.extraction.ExtractionResult;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The extraction result as JSON, the same for the command line and the REST API:
 * {@code {"meetingDate", "directives":
 * [{"seq","path","marker","title","text","start","end","departments":[{"mention","department","role","inherited"}],
 * "deadline":{"date","recurrence","phrase"},"categories","confidence"}], "candidates":
 * [{…the same…, "reason"}]}}. Candidates are sentences that look like requirements but
 * are probably narrative or exhortation (reason EXHORTATION, PREAMBLE, SUMMARY,
 * COMMITMENT).
 */
public final class ExtractionJson {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private ExtractionJson() {
	}

	public static String write(ExtractionResult result) {
		List<Map<String, @Nullable Object>> directives = new ArrayList<>();
		for (ExtractedDirective d : result.directives()) {
			directives.add(item(d));
		}
		List<Map<String, @Nullable Object>> candidates = new ArrayList<>();
		for (Candidate c : result.candidates()) {
			Map<String, @Nullable Object> item = item(c.directive());
			item.remove("seq");
			item.put("reason", c.reason().name());
			candidates.add(item);
		}
		Map<String, @Nullable Object> document = new LinkedHashMap<>();
		document.put("meetingDate", result.meetingDate() == null ? null : result.meetingDate().toString());
		document.put("directives", directives);
		document.put("candidates", candidates);
		return JSON.writeValueAsString(document);
	}

	private static Map<String, @Nullable Object> item(ExtractedDirective d) {
		Map<String, @Nullable Object> item = new LinkedHashMap<>();
		item.put("seq", d.seq());
		item.put("path", d.path());
		item.put("marker", d.marker());
		item.put("title", d.title());
		item.put("text", d.text());
		item.put("start", d.start());
		item.put("end", d.end());
		List<Map<String, @Nullable Object>> mentions = new ArrayList<>();
		for (DepartmentMention m : d.departments()) {
			Map<String, @Nullable Object> mention = new LinkedHashMap<>();
			mention.put("mention", m.mention());
			mention.put("department", m.department());
			mention.put("role", m.role().name());
			mention.put("inherited", m.inherited());
			mentions.add(mention);
		}
		item.put("departments", mentions);
		Map<String, @Nullable Object> deadline = null;
		if (d.deadline() != null) {
			deadline = new LinkedHashMap<>();
			deadline.put("date", d.deadline().date() == null ? null : d.deadline().date().toString());
			deadline.put("recurrence", d.deadline().recurrence());
			deadline.put("phrase", d.deadline().phrase());
		}
		item.put("deadline", deadline);
		item.put("categories", d.categories());
		item.put("confidence", d.confidence());
		return item;
	}

}
