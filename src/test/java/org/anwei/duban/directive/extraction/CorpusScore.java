package org.anwei.duban.directive.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The corpus measure of {@code shared/tools/score_extraction.py}, in Java: a gold
 * directive is found when an extracted one covers at least half of the gold text at one
 * of its offsets; each extracted directive counts once; department recall and deadline
 * accuracy are measured on the matched pairs.
 */
final class CorpusScore {

	int gold;

	int extracted;

	int matched;

	int departmentsGold;

	int departmentsHit;

	int deadlinesGold;

	int deadlinesHit;

	final List<String> lines = new ArrayList<>();

	static CorpusScore of(List<String> documents, DirectiveExtractor extractor) throws IOException {
		CorpusScore score = new CorpusScore();
		JsonMapper json = JsonMapper.builder().build();
		for (String stem : documents) {
			String text = read("/corpus/dev/" + stem + ".txt");
			JsonNode goldDoc = json.readTree(read("/corpus/dev/" + stem + ".gold.json"));
			LocalDate meetingDate = goldDoc.hasNonNull("meeting_date")
					? LocalDate.parse(goldDoc.get("meeting_date").asString()) : null;
			List<ExtractedDirective> found = extractor.extract(text, meetingDate, DepartmentDirectory.empty())
				.directives();
			score.add(stem, goldDoc, found);
		}
		return score;
	}

	private void add(String stem, JsonNode goldDoc, List<ExtractedDirective> found) {
		Set<Integer> used = new HashSet<>();
		int docMatched = 0;
		for (JsonNode g : goldDoc.get("directives")) {
			int length = g.get("text").asString().length();
			List<String> departments = new ArrayList<>();
			g.get("departments").forEach(d -> departments.add(d.asString()));
			this.departmentsGold += departments.size();
			String goldDeadline = g.hasNonNull("deadline") ? g.get("deadline").asString() : null;
			String goldRecurrence = g.hasNonNull("recurrence") ? g.get("recurrence").asString() : null;
			boolean hasDeadline = goldDeadline != null || goldRecurrence != null;
			this.deadlinesGold += hasDeadline ? 1 : 0;
			int best = -1;
			for (int i = 0; i < found.size() && best < 0; i++) {
				if (used.contains(i)) {
					continue;
				}
				ExtractedDirective e = found.get(i);
				for (JsonNode offset : g.get("offsets")) {
					int s = offset.asInt();
					int overlap = Math.max(0, Math.min(e.end(), s + length) - Math.max(e.start(), s));
					if (overlap >= 0.5 * length) {
						best = i;
						break;
					}
				}
			}
			if (best < 0) {
				this.lines.add("  missed " + stem + ": " + g.get("text").asString());
				continue;
			}
			used.add(best);
			docMatched++;
			ExtractedDirective e = found.get(best);
			for (String department : departments) {
				if (e.departments()
					.stream()
					.map(DepartmentMention::mention)
					.anyMatch(m -> !m.isEmpty() && (department.contains(m) || m.contains(department)))) {
					this.departmentsHit++;
				}
				else {
					this.lines.add("  department missed " + stem + ": " + department + " in " + e.departments());
				}
			}
			if (hasDeadline) {
				boolean ok = true;
				if (goldDeadline != null) {
					ok = e.deadline() != null && e.deadline().date() != null
							&& normalizeDate(goldDeadline).equals(e.deadline().date().toString());
				}
				if (goldRecurrence != null) {
					ok &= e.deadline() != null
							&& goldRecurrence.equalsIgnoreCase(String.valueOf(e.deadline().recurrence()));
				}
				this.deadlinesHit += ok ? 1 : 0;
			}
		}
		for (int i = 0; i < found.size(); i++) {
			if (!used.contains(i)) {
				this.lines.add("  extra " + stem + ": " + found.get(i).text().replace('\n', ' '));
			}
		}
		this.gold += goldDoc.get("directives").size();
		this.extracted += found.size();
		this.matched += docMatched;
		this.lines.add(stem + ": gold " + goldDoc.get("directives").size() + " extracted " + found.size() + " matched "
				+ docMatched);
	}

	double precision() {
		return this.extracted == 0 ? 0 : (double) this.matched / this.extracted;
	}

	double recall() {
		return this.gold == 0 ? 1 : (double) this.matched / this.gold;
	}

	double f1() {
		double p = precision();
		double r = recall();
		return p + r == 0 ? 0 : 2 * p * r / (p + r);
	}

	double departmentRecall() {
		return this.departmentsGold == 0 ? 1 : (double) this.departmentsHit / this.departmentsGold;
	}

	double deadlineAccuracy() {
		return this.deadlinesGold == 0 ? 1 : (double) this.deadlinesHit / this.deadlinesGold;
	}

	String summary() {
		return String.format("directives P=%.3f R=%.3f F1=%.3f departments_recall=%.3f deadlines=%.3f", precision(),
				recall(), f1(), departmentRecall(), deadlineAccuracy());
	}

	private static String normalizeDate(String text) {
		Matcher m = Pattern.compile("(\\d{4})[-年](\\d{1,2})[-月](\\d{1,2})").matcher(text);
		if (m.find()) {
			return String.format("%04d-%02d-%02d", Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
		}
		return text.matches("\\d{4}年?") ? text.substring(0, 4) + "-12-31" : text;
	}

	private static String read(String resource) throws IOException {
		try (InputStream in = CorpusScore.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IOException("missing test resource " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
