package org.anwei.duban.directive.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Turns the text of a speech, minutes or notice into the requirements it contains.
 *
 * <p>
 * How: the text is prepared (see {@link NormalizedText}) and cut into clauses at sentence
 * ends, semicolons, line breaks and enumerators (see {@link Clauses}). A clause is a
 * directive when it carries a requirement (要, 必须, 务必, 负责, 牵头, 请, 报送 …) or is an item of a
 * 一是/一要/第一 enumeration; page chrome, disclaimers and headings are not. A sentence that
 * hands work to two parties is split where the second party begins. Parties come from the
 * clause itself, else from the sentence's first clause, the list's lead-in
 * ("各单位要做到以下工作：") or the document's addressees. Deadlines come from the clause, else from
 * the document's action period. A text with no requirement at all yields its 确保/落实/加强
 * sentences as low-confidence candidates.
 */
public final class DirectiveExtractor {

	static final Pattern MODAL = Pattern
		.compile("(?<![纪重主需只提摘紧])要(?![求点素闻害是])|必须|务必|须|应当|负责|牵头|请|严禁|不得|报送|上报|日前报|要求(?=各|全|相关|有关)");

	private static final Pattern WEAK = Pattern.compile("确保|切实|抓好|加强|落实");

	private static final Pattern NOISE = Pattern
		.compile("转载|版权|投稿|下载|浏览|发布时间|客服|免责|来源[:：]|本站|本网|网站|文档|稿件|打印|扫一扫|公网安备|相关新闻|延伸阅读|查看更多|联系电话|电话[:：]|传真|当前位置");

	private static final Pattern LIST_ITEMS = Pattern
		.compile("[“\"]?[一二三四五六七八九十](?:个|项)(?<name>[\\u4e00-\\u9fff]{1,6})[”\"]?[,，]?即(?<items>[^。;；]+)");

	public ExtractionResult extract(String input, @Nullable LocalDate meetingDate, DepartmentDirectory directory) {
		Parties parties = new Parties(input, NormalizedText.of(input), directory);
		String text = parties.prepared().text();
		LocalDate reference = meetingDate != null ? meetingDate : documentDate(text);
		Deadline period = DeadlineParser.periodEnd(text, reference);
		List<Clause> clauses = Clauses.split(text, Marker.find(text));
		List<DepartmentMention> addressees = parties.addressees(clauses);

		List<ExtractedDirective> directives = new ArrayList<>();
		List<String> path = new ArrayList<>();
		List<DepartmentMention> sentenceActors = List.of();
		List<DepartmentMention> leadInActors = List.of();
		int lastSentence = -1;
		for (int index = 0; index < clauses.size(); index++) {
			Clause clause = clauses.get(index);
			String body = clause.body(text);
			List<DepartmentMention> own = parties.in(clause.bodyStart(), clause.end());
			if (clause.sentence() != lastSentence) {
				sentenceActors = own;
				lastSentence = clause.sentence();
			}
			if (clause.leadIn()) {
				leadInActors = own.isEmpty() ? leadInActors : own;
				updatePath(path, clause, parties);
				continue;
			}
			if (!isDirective(clause, body) || isHeading(index, clauses, text)) {
				updatePath(path, clause, parties);
				continue;
			}
			for (int[] part : splitByParty(clause, text, parties)) {
				String partText = text.substring(part[0], part[1]);
				List<DepartmentMention> mentions = parties.in(part[0], part[1]);
				if (mentions.isEmpty()) {
					mentions = inherited(!sentenceActors.isEmpty() ? sentenceActors
							: !leadInActors.isEmpty() ? leadInActors : addressees);
				}
				Deadline deadline = DeadlineParser.parse(partText, reference);
				directives.add(directive(path, clause, part, parties, mentions, deadline != null ? deadline : period,
						partText));
			}
		}
		List<ExtractedDirective> listed = inlineLists(parties);
		// The sentence that announces a list ("要抓住“三个落实”，即…") is replaced by the list's
		// items.
		directives.removeIf(d -> listed.stream().anyMatch(item -> d.start() < item.start() && d.end() >= item.start()));
		directives.addAll(listed);
		if (directives.isEmpty()) {
			directives.addAll(weakCandidates(clauses, parties, reference));
		}
		directives.sort(Comparator.comparingInt(ExtractedDirective::start));
		return new ExtractionResult(reference, renumber(directives));
	}

	private static boolean isDirective(Clause clause, String body) {
		if (body.length() < 4 || NOISE.matcher(body).find()) {
			return false;
		}
		boolean modal = MODAL.matcher(body).find();
		Marker marker = clause.marker();
		boolean enumerated = marker != null && List.of("是", "要", "第").contains(marker.family());
		return modal || (enumerated && body.length() >= 8);
	}

	/** "一是深入推进煤矿瓦斯防治。" followed by "各级各部门要…" heads requirements; it is not one itself. */
	private static boolean isHeading(int index, List<Clause> clauses, String text) {
		Clause clause = clauses.get(index);
		if (clause.marker() == null || MODAL.matcher(clause.body(text)).find() || index + 1 >= clauses.size()) {
			return false;
		}
		Clause next = clauses.get(index + 1);
		return next.marker() == null && next.paragraph() == clause.paragraph() && MODAL.matcher(next.body(text)).find();
	}

	/**
	 * "各县区负责…,市直其他部门…,依照各自职责,严格…" hands work to two parties: split where a party begins
	 * right after a comma and the part before already has its own party and verb.
	 */
	private static List<int[]> splitByParty(Clause clause, String text, Parties parties) {
		List<int[]> parts = new ArrayList<>();
		int partStart = clause.bodyStart();
		for (int i = clause.bodyStart(); i < clause.end(); i++) {
			if (text.charAt(i) != ',') {
				continue;
			}
			String before = text.substring(partStart, i);
			String after = text.substring(i + 1, clause.end());
			boolean partyStartsHere = parties.startsAt(i + 1, Math.min(clause.end(), i + 31));
			if (partyStartsHere && MODAL.matcher(before).find() && !parties.in(partStart, i).isEmpty()
					&& (MODAL.matcher(after).find() || after.contains("依照") || after.contains("按照"))) {
				parts.add(new int[] { partStart, i });
				partStart = i + 1;
			}
		}
		parts.add(new int[] { partStart, clause.end() });
		return parts;
	}

	private static List<DepartmentMention> inherited(List<DepartmentMention> from) {
		return from.stream().map(m -> new DepartmentMention(m.mention(), m.department(), m.role(), true)).toList();
	}

	/**
	 * A heading (一、会议强调：) starts a new path; a sub-item's marker is added to the
	 * directive's own path.
	 */
	private static void updatePath(List<String> path, Clause clause, Parties parties) {
		Marker marker = clause.marker();
		if (marker != null && (marker.family().equals("一、") || marker.family().equals("(一)"))) {
			path.clear();
			path.add(parties.written(marker.start(), marker.end()));
		}
	}

	private static ExtractedDirective directive(List<String> path, Clause clause, int[] part, Parties parties,
			List<DepartmentMention> mentions, @Nullable Deadline deadline, String partText) {
		int start = parties.prepared().originalIndex(part[0]);
		int end = parties.prepared().originalEnd(part[1]);
		Marker marker = clause.marker() != null && part[0] == clause.bodyStart() ? clause.marker() : null;
		List<String> fullPath = new ArrayList<>(path);
		String writtenMarker = clause.marker() == null ? null
				: parties.written(clause.marker().start(), clause.marker().end());
		if (writtenMarker != null && !path.contains(writtenMarker)) {
			fullPath.add(writtenMarker);
		}
		boolean ownParty = mentions.stream().anyMatch(m -> !m.inherited());
		double confidence = 0.4 + (MODAL.matcher(partText).find() ? 0.25 : 0) + (clause.marker() != null ? 0.2 : 0)
				+ (ownParty ? 0.1 : 0);
		return new ExtractedDirective(0, fullPath, marker == null ? null : writtenMarker,
				parties.input().substring(start, end), start, end, mentions, deadline, Categories.of(partText),
				Math.min(0.95, Math.round(confidence * 100) / 100.0));
	}

	/** "三个落实,即落实A、落实B、落实C": each listed item is a task of its own. */
	private static List<ExtractedDirective> inlineLists(Parties parties) {
		String text = parties.prepared().text();
		List<ExtractedDirective> found = new ArrayList<>();
		Matcher m = LIST_ITEMS.matcher(text);
		while (m.find()) {
			List<DepartmentMention> actors = parties.in(Math.max(0, m.start() - 300), m.start());
			List<DepartmentMention> inheritedActors = actors.isEmpty() ? List.of()
					: inherited(List.of(actors.getLast()));
			String[] items = m.group("items").split("、");
			int cursor = m.start("items");
			for (int k = 0; k < items.length; k++) {
				int start = parties.prepared().originalIndex(cursor);
				int end = parties.prepared().originalEnd(m.end("items"));
				found.add(new ExtractedDirective(0, List.of(), m.group("name") + "(" + (k + 1) + ")",
						parties.input().substring(start, end), start, end, inheritedActors, null,
						Categories.of(items[k]), 0.6));
				cursor += items[k].length() + 1;
			}
		}
		return found;
	}

	private static List<ExtractedDirective> weakCandidates(List<Clause> clauses, Parties parties,
			@Nullable LocalDate reference) {
		String text = parties.prepared().text();
		List<ExtractedDirective> found = new ArrayList<>();
		for (Clause clause : clauses) {
			String body = clause.body(text);
			if (body.length() >= 6 && WEAK.matcher(body).find() && !NOISE.matcher(body).find()) {
				int start = parties.prepared().originalIndex(clause.bodyStart());
				int end = parties.prepared().originalEnd(clause.end());
				found.add(new ExtractedDirective(0, List.of(), null, parties.input().substring(start, end), start, end,
						parties.in(clause.bodyStart(), clause.end()), DeadlineParser.parse(body, reference),
						Categories.of(body), 0.2));
			}
		}
		return found;
	}

	private static List<ExtractedDirective> renumber(List<ExtractedDirective> directives) {
		List<ExtractedDirective> numbered = new ArrayList<>();
		for (ExtractedDirective d : directives) {
			numbered.add(new ExtractedDirective(numbered.size() + 1, d.path(), d.marker(), d.text(), d.start(), d.end(),
					d.departments(), d.deadline(), d.categories(), d.confidence()));
		}
		return numbered;
	}

	/**
	 * The date a text was published, when no meeting date is given: "发布时间:2016-12-02",
	 * "2011-4-28".
	 */
	private static @Nullable LocalDate documentDate(String text) {
		Matcher m = Pattern.compile("((?:19|20)\\d{2})[-年/.](\\d{1,2})[-月/.](\\d{1,2})").matcher(text);
		while (m.find()) {
			try {
				return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
						Integer.parseInt(m.group(3)));
			}
			catch (java.time.DateTimeException ex) {
				// not a date after all; look further
			}
		}
		return null;
	}

}
