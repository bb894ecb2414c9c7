package org.anwei.duban.directive.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Responsible parties of one document: finds them in spans of the prepared text and
 * reports each with its words as written in the input (traditional characters, pinyin
 * annotations and all).
 */
record Parties(String input, NormalizedText prepared, DepartmentDirectory directory) {

	List<DepartmentMention> in(int from, int to) {
		return toMentions(DepartmentRecognizer.find(this.prepared.text(), from, to, this.directory));
	}

	boolean startsAt(int position, int limit) {
		List<DepartmentRecognizer.Found> found = DepartmentRecognizer.find(this.prepared.text(), position, limit,
				this.directory);
		return !found.isEmpty() && found.getFirst().start() == position;
	}

	/**
	 * "区安委会成员单位、各社会工作管理局：" — a line of parties ending in a colon names a notice's
	 * addressees.
	 */
	List<DepartmentMention> addressees(List<Clause> clauses) {
		String text = this.prepared.text();
		for (Clause clause : clauses) {
			if (!clause.leadIn() || clause.end() - clause.bodyStart() > 60) {
				continue;
			}
			int end = clause.end() - 1;
			int start = Math.max(clause.bodyStart(), text.lastIndexOf(' ', end) + 1);
			List<DepartmentRecognizer.Found> found = DepartmentRecognizer.find(text, start, end, this.directory);
			int covered = found.stream().mapToInt(f -> f.end() - f.start()).sum();
			if (!found.isEmpty() && covered * 3 >= (end - start) * 2) {
				return toMentions(found);
			}
		}
		return List.of();
	}

	/**
	 * The input's words for {@code [start, end)} of the prepared text, including a pinyin
	 * annotation that follows the last character ("鎮(zhèn)").
	 */
	String written(int start, int end) {
		return this.input.substring(this.prepared.originalIndex(start), this.prepared.originalIndex(end)).strip();
	}

	private List<DepartmentMention> toMentions(List<DepartmentRecognizer.Found> found) {
		List<DepartmentMention> mentions = new ArrayList<>();
		for (DepartmentRecognizer.Found f : found) {
			String prepared = this.prepared.text().substring(f.start(), f.end());
			// A name the recogniser completed ("煤炭" → "煤炭部门") keeps the completion;
			// others read as written.
			String mention = f.name().equals(prepared) ? written(f.start(), f.end()) : f.name();
			mentions
				.add(new DepartmentMention(mention, this.directory.resolve(f.name()).orElse(null), f.role(), false));
		}
		return mentions;
	}

}
