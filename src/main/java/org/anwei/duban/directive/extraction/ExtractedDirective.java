package org.anwei.duban.directive.extraction;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One requirement found in a text.
 *
 * @param seq 1-based position in the document
 * @param path the enumeration markers leading to it, e.g. {@code ["三、", "1、"]}
 * @param marker its own enumerator as written ({@code 一要}, {@code (三)}, {@code 1、}), or
 * null
 * @param title a short task title: the action and its object, without the party, modal
 * verbs or the deadline (全市危险化学品企业隐患排查)
 * @param text the directive's text as written
 * @param start index of its first character in the input (a Java String index)
 * @param end index after its last character
 * @param confidence 0–1: enumerated items with a modal verb score high; bare "要"
 * sentences low
 */
public record ExtractedDirective(int seq, List<String> path, @Nullable String marker, String title, String text,
		int start, int end, List<DepartmentMention> departments, @Nullable Deadline deadline, List<String> categories,
		double confidence) {

	public ExtractedDirective {
		path = List.copyOf(path);
		departments = List.copyOf(departments);
		categories = List.copyOf(categories);
	}

}
