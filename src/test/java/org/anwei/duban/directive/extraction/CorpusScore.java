package org.anwei.duban.directive.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The corpus measure of {@code shared/tools/score_extraction.py}, in Java: a gold
 * directive is found when an extracted one covers at least half of the gold text at one
 * of its offsets; each extracted directive counts once; department recall (a gold party
 * found when its name and a mention contain one another, width-folded and without inline
 * pinyin) and deadline accuracy are measured on the matched pairs. Kept per document too,
 * so that one bad document cannot hide behind the average.
 */
final class CorpusScore {

	private static final Pattern PINYIN = Pattern.compile("\\((?:[a-z\\u00fc]|[\\u00e0-\\u01dc])+\\)");

	/** The figures of one document, or of several added up. */
	static final class Figures {

		int gold;

		int extracted;

		int matched;

		int departmentsGold;

		int departmentsHit;

		int deadlinesGold;

		int deadlinesHit;

		/**
		 * Gold parties written in the answer as they appear in the text, and how many
		 * were found.
		 */
		int departmentsWritten;

		int departmentsWrittenHit;

		void add(Figures other) {
			this.departmentsWritten += other.departmentsWritten;
			this.departmentsWrittenHit += other.departmentsWrittenHit;
			this.gold += other.gold;
			this.extracted += other.extracted;
			this.matched += other.matched;
			this.departmentsGold += other.departmentsGold;
			this.departmentsHit += other.departmentsHit;
			this.deadlinesGold += other.deadlinesGold;
			this.deadlinesHit += other.deadlinesHit;
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

		/**
		 * Department recall over the parties the answer writes as the text does (an
		 * answer may write a traditional text's parties in simplified characters, which
		 * no mention "as written" can match).
		 */
		double writtenDepartmentRecall() {
			return this.departmentsWritten == 0 ? 1 : (double) this.departmentsWrittenHit / this.departmentsWritten;
		}

		double deadlineAccuracy() {
			return this.deadlinesGold == 0 ? 1 : (double) this.deadlinesHit / this.deadlinesGold;
		}

		String summary() {
			return String.format("directives P=%.3f R=%.3f F1=%.3f departments_recall=%.3f deadlines=%.3f", precision(),
					recall(), f1(), departmentRecall(), deadlineAccuracy());
		}

	}

	final List<String> lines = new ArrayList<>();

	final List<String> documents = new ArrayList<>();

	final List<Figures> perDocument = new ArrayList<>();

	final Figures total = new Figures();

	static CorpusScore of(List<String> documents, DirectiveExtractor extractor) {
		CorpusScore score = new CorpusScore();
		for (String stem : documents) {
			JsonNode gold = DevelopmentCorpus.gold(stem);
			List<ExtractedDirective> found = extractor
				.extract(DevelopmentCorpus.text(stem), DevelopmentCorpus.meetingDate(gold), DepartmentDirectory.empty())
				.directives();
			Figures figures = score.add(stem, gold, found);
			score.documents.add(stem);
			score.perDocument.add(figures);
			score.total.add(figures);
		}
		return score;
	}

	private Figures add(String stem, JsonNode goldDoc, List<ExtractedDirective> found) {
		Figures figures = new Figures();
		String written = party(DevelopmentCorpus.text(stem));
		Set<Integer> used = new HashSet<>();
		for (JsonNode g : goldDoc.get("directives")) {
			int length = g.get("text").asString().length();
			List<String> departments = new ArrayList<>();
			g.get("departments").forEach(d -> departments.add(d.asString()));
			figures.departmentsGold += departments.size();
			String goldDeadline = g.hasNonNull("deadline") ? g.get("deadline").asString() : null;
			String goldRecurrence = g.hasNonNull("recurrence") ? g.get("recurrence").asString() : null;
			boolean hasDeadline = goldDeadline != null || goldRecurrence != null;
			figures.deadlinesGold += hasDeadline ? 1 : 0;
			int best = match(g, length, found, used);
			if (best < 0) {
				this.lines.add("  missed " + stem + ": " + g.get("text").asString());
				continue;
			}
			used.add(best);
			figures.matched++;
			ExtractedDirective e = found.get(best);
			for (String department : departments) {
				String wanted = party(department);
				boolean asWritten = written.contains(wanted);
				figures.departmentsWritten += asWritten ? 1 : 0;
				if (e.departments()
					.stream()
					.map(m -> party(m.mention()))
					.anyMatch(m -> !m.isEmpty() && (wanted.contains(m) || m.contains(wanted)))) {
					figures.departmentsHit++;
					figures.departmentsWrittenHit += asWritten ? 1 : 0;
				}
				else {
					this.lines.add("  department missed " + stem + ": " + department + " in " + e.departments());
				}
			}
			if (hasDeadline && deadlineMatches(e, goldDeadline, goldRecurrence)) {
				figures.deadlinesHit++;
			}
		}
		for (int i = 0; i < found.size(); i++) {
			if (!used.contains(i)) {
				this.lines.add("  extra " + stem + ": " + found.get(i).text().replace('\n', ' '));
			}
		}
		figures.gold = goldDoc.get("directives").size();
		figures.extracted = found.size();
		this.lines.add(stem + ": gold " + figures.gold + " extracted " + figures.extracted + " matched "
				+ figures.matched + " · " + figures.summary());
		return figures;
	}

	private static int match(JsonNode g, int length, List<ExtractedDirective> found, Set<Integer> used) {
		for (int i = 0; i < found.size(); i++) {
			if (used.contains(i)) {
				continue;
			}
			ExtractedDirective e = found.get(i);
			for (JsonNode offset : g.get("offsets")) {
				int s = offset.asInt();
				int overlap = Math.max(0, Math.min(e.end(), s + length) - Math.max(e.start(), s));
				if (overlap >= 0.5 * length) {
					return i;
				}
			}
		}
		return -1;
	}

	private static boolean deadlineMatches(ExtractedDirective e, String goldDeadline, String goldRecurrence) {
		boolean ok = true;
		if (goldDeadline != null) {
			ok = e.deadline() != null && e.deadline().date() != null
					&& normalizeDate(goldDeadline).equals(e.deadline().date().toString());
		}
		if (goldRecurrence != null) {
			ok &= e.deadline() != null && goldRecurrence.equalsIgnoreCase(String.valueOf(e.deadline().recurrence()));
		}
		return ok;
	}

	/**
	 * A party's name for comparison: width-folded, inline pinyin and white space removed.
	 */
	private static String party(String name) {
		return PINYIN.matcher(Normalizer.normalize(name, Normalizer.Form.NFKC)).replaceAll("").replaceAll("\\s+", "");
	}

	private static String normalizeDate(String text) {
		Matcher m = Pattern.compile("(\\d{4})[-年](\\d{1,2})[-月](\\d{1,2})").matcher(text);
		if (m.find()) {
			return String.format("%04d-%02d-%02d", Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
					Integer.parseInt(m.group(3)));
		}
		return text.matches("\\d{4}年?") ? text.substring(0, 4) + "-12-31" : text;
	}

}
