package org.anwei.duban.directive.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Who answers for a requirement, read by position, not by the look of a word: a party is
 * responsible where it stands as the subject of a clause (各县区负责…, 会议要求各地要…, 请各单位…), in
 * 由…负责, …牵头, or assists in 会同…, …配合. A unit named elsewhere is an object (督促生产经营单位…), a
 * partner (与气象部门沟通) or the body a report goes to (报市安委办), and is not taken. Lists are
 * read whole (公安、交通部门 → 公安部门, 交通部门; 市安监、煤炭、消防等部门).
 */
final class PartyGrammar {

	/** Words before a subject that are not part of it. */
	private static final Pattern PREFIX = Pattern.compile(
			"^(?:\\s|[“\"]|(?:会议|会上|通知|文件|纪要|意见|方案)(?:还|并|同时|进一步|特别|再次|也)?(?:强调|要求|指出|提出|明确|部署|希望|号召|责成)[,，:：]?|(?:强调|指出|明确|部署|提出)[,，:：]|要求|责成|由|请|并|同时|另外|此外|其中|对此|为此|据此|特别是|尤其是|而且|而|且|又|即|二是|首先|其次|最后)+");

	private static final Pattern ASSIGNING_VERB = Pattern.compile("负责|牵头|承担|解决|组织|实施|落实|办理|统筹|主抓");

	private static final Pattern ASSISTING_VERB = Pattern.compile("^(?:配合|协助|协同|参与)");

	private static final Pattern GENERIC_BEFORE_MODAL = Pattern.compile(
			"(?<=[^\\u4e00-\\u9fff]|期间|以来|以后|之后|之前|方面|问题上|工作中)(?:各|有关|相关)[^,，。；:：]{0,14}?(?:部门|单位|企业|政府|乡镇|街道|县|区|地)(?=要|必须|务必|应当|须|负责|牵头)");

	private static final Pattern PLAYS_ROLE = Pattern.compile("发挥(?:好)?(?<who>)[^,，。；]{2,24}?(?<role>作用|职能)");

	/** The labels a work plan writes its parties under. */
	static final Pattern LABEL = Pattern.compile(
			"^\\s*(?:(?<lead>牵头单位|责任单位|主责单位|牵头部门|责任部门|主办单位|负责单位)|(?<assist>配合单位|协办单位|配合部门|参与单位|协助单位))\\s*[:：]\\s*");

	private static final Pattern QUALIFIED = Pattern
		.compile("^凡(?:是)?(?<who>[^,，。；:：]{2,30}?的(?:生产经营单位|单位和个人|单位|企业|部门|人员|场所))$");

	private static final Pattern ROLE_WORDS = Pattern.compile("领导|负责人|负责同志|干部|班子");

	private final String text;

	private final DepartmentDirectory directory;

	/** Spans are read several times (grouping, titles, mentions): each is parsed once. */
	private final java.util.Map<Long, List<Party>> responsibleBySpan = new java.util.HashMap<>();

	private final java.util.Map<Long, Integer> subjectEndBySpan = new java.util.HashMap<>();

	private final PartyLists lists;

	PartyGrammar(String text, DepartmentDirectory directory) {
		this.text = text;
		this.directory = directory;
		this.lists = new PartyLists(text, directory);
	}

	String text() {
		return this.text;
	}

	/** The parties a span names as subjects or assigns work to, lead first. */
	List<Party> responsible(int from, int to) {
		return this.responsibleBySpan.computeIfAbsent(((long) from << 32) | to, key -> parse(from, to));
	}

	private List<Party> parse(int from, int to) {
		Matcher label = LABEL.matcher(this.text.substring(from, to));
		if (label.find()) {
			// 牵头单位：区住建委 / 配合单位：区市场监管局、各街道 — a work plan's labelled line
			DepartmentMention.Role role = label.group("assist") != null ? DepartmentMention.Role.ASSIST
					: DepartmentMention.Role.LEAD;
			return list(from + label.end(), to).stream().map(p -> p.withRole(role)).toList();
		}
		List<Party> found = new ArrayList<>();
		int clause = from;
		for (int i = from; i <= to; i++) {
			if (i == to || ",，:：;；。".indexOf(this.text.charAt(i)) >= 0) {
				found.addAll(subjects(clause, i));
				clause = i + 1;
			}
		}
		found.addAll(assigned(from, to));
		return distinct(found);
	}

	/** True when the span starts with a responsible party (after framing words). */
	boolean startsWithParty(int from, int to) {
		int end = Math.min(to, clauseEnd(from, to));
		return !subjects(from, end).isEmpty();
	}

	/** End of the party list a clause starts with (after framing words), or -1. */
	int subjectEnd(int from, int to) {
		return this.subjectEndBySpan.computeIfAbsent(((long) from << 32) | to, key -> findSubjectEnd(from, to));
	}

	private int findSubjectEnd(int from, int to) {
		int at = skipPrefix(from, to);
		List<Party> parties = this.lists.read(at, Math.min(to, clauseEnd(at, to) + 1));
		return parties.isEmpty() ? -1 : parties.getLast().end();
	}

	/** True when a clause starts with 你局/你单位…, standing for the addressee. */
	boolean addressesReader(int from, int to) {
		int at = skipPrefix(from, to);
		return Lexicon.ADDRESSEE_PRONOUN.matcher(this.text.substring(at, to)).find();
	}

	/**
	 * A list of parties written from {@code from} (an addressee line), whatever follows.
	 */
	List<Party> list(int from, int to) {
		List<Party> found = new ArrayList<>();
		int at = from;
		while (at < to) {
			while (at < to && " 、,，;；和及与".indexOf(this.text.charAt(at)) >= 0) {
				at++;
			}
			if (at >= to) {
				break;
			}
			int end = PartyMatcher.matchLoose(this.text, at, to, this.directory);
			int next = nextSeparator(at, to);
			if (end > at) {
				found.add(party(at, end, DepartmentMention.Role.LEAD));
			}
			at = next;
		}
		return found;
	}

	private int nextSeparator(int at, int to) {
		for (int i = at; i < to; i++) {
			if ("、,，;；".indexOf(this.text.charAt(i)) >= 0) {
				return i + 1;
			}
		}
		return to;
	}

	/** The subject of one clause: parties at its start, before a predicate. */
	private List<Party> subjects(int from, int to) {
		int at = skipPrefix(from, to);
		List<Party> parties = this.lists.read(at, to);
		if (parties.isEmpty()) {
			SpeechActs.Framing framing = SpeechActs.framing(this.text, at, to, this);
			if (framing != null) {
				parties = this.lists.read(skipPrefix(framing.contentStart(), to), to);
			}
		}
		if (parties.isEmpty()) {
			parties = genericAfterTopic(at, to);
		}
		if (parties.isEmpty()) {
			parties = whoeverQualifies(at, to);
		}
		if (parties.isEmpty()) {
			return parties;
		}
		int end = parties.getLast().end();
		boolean assisting = ASSISTING_VERB.matcher(this.text.substring(end, Math.min(to, end + 3))).find();
		return assisting ? parties.stream().map(p -> p.withRole(DepartmentMention.Role.ASSIST)).toList() : parties;
	}

	/**
	 * 今冬明春期间各地要… / 在此期间各有关部门务必…: a generic party after a time or topic phrase with no
	 * comma, right before a modal.
	 */
	private List<Party> genericAfterTopic(int from, int to) {
		String clause = this.text.substring(from, to);
		if (clause.indexOf('各') < 0 && !clause.contains("有关") && !clause.contains("相关")) {
			return List.of();
		}
		Matcher generic = GENERIC_BEFORE_MODAL.matcher(this.text.substring(from, to));
		if (!generic.find() || generic.start() == 0) {
			return List.of();
		}
		return this.lists.read(from + generic.start(), to);
	}

	/**
	 * 凡在检查中发现有问题的单位，要立即整改: the units a condition describes are the ones that must act.
	 */
	private List<Party> whoeverQualifies(int from, int to) {
		Matcher qualified = QUALIFIED.matcher(this.text.substring(from, to));
		if (!qualified.matches()) {
			return List.of();
		}
		int start = from + qualified.start("who");
		return List.of(party(start, from + qualified.end("who"), DepartmentMention.Role.LEAD));
	}

	private int skipPrefix(int from, int to) {
		Matcher prefix = PREFIX.matcher(this.text.substring(from, to));
		return prefix.find() ? from + prefix.end() : from;
	}

	/** 由A、B负责 / A牵头 / 会同B / B配合, anywhere in the span. */
	private List<Party> assigned(int from, int to) {
		List<Party> found = new ArrayList<>();
		String span = this.text.substring(from, to);
		for (int i = span.indexOf('由'); i >= 0; i = span.indexOf('由', i + 1)) {
			boolean word = i > 0 && "理自缘经来".indexOf(span.charAt(i - 1)) >= 0;
			if (word || span.startsWith("由于", i) || span.startsWith("由此", i)) {
				continue;
			}
			Matcher verb = ASSIGNING_VERB.matcher(span);
			int limit = verb.find(i + 1) && verb.start() - i <= 40 ? from + verb.start() : -1;
			if (limit > 0) {
				found.addAll(looseList(from + i + 1, limit, DepartmentMention.Role.LEAD));
			}
		}
		Matcher role = PLAYS_ROLE.matcher(span);
		while (role.find()) {
			// 发挥市区两级专班统筹协调作用: the body whose role is invoked does the work
			found.addAll(looseList(from + role.start("who"), from + role.start("role"), DepartmentMention.Role.LEAD));
		}
		for (int i = span.indexOf("会同"); i >= 0; i = span.indexOf("会同", i + 2)) {
			found.addAll(this.lists.read(from + i + 2, to)
				.stream()
				.map(p -> p.withRole(DepartmentMention.Role.ASSIST))
				.toList());
		}
		return found;
	}

	private List<Party> looseList(int from, int limit, DepartmentMention.Role role) {
		List<Party> found = new ArrayList<>();
		int at = from;
		while (at < limit) {
			int end = PartyMatcher.matchLoose(this.text, at, limit, this.directory);
			if (end <= at) {
				break;
			}
			found.add(party(at, end, role));
			at = end;
			if (at < limit && "、和及与".indexOf(this.text.charAt(at)) >= 0) {
				at++;
			}
			else {
				break;
			}
		}
		return found;
	}

	private Party party(int start, int end, DepartmentMention.Role role) {
		return new Party(start, end, null, role, roleOnly(this.text.substring(start, end)));
	}

	/** 主要领导, 负责人, 党政班子: a role within the parties, not a unit of its own. */
	static boolean roleOnly(String words) {
		return ROLE_WORDS.matcher(words).find() && !words.startsWith("各") && !words.contains("单位")
				&& !words.contains("部门") && words.length() <= 6;
	}

	private int clauseEnd(int from, int to) {
		for (int i = from; i < to; i++) {
			if (",，:：;；。".indexOf(this.text.charAt(i)) >= 0) {
				return i;
			}
		}
		return to;
	}

	/**
	 * In order of position, without overlaps; a later role beats an earlier LEAD guess.
	 */
	private static List<Party> distinct(List<Party> found) {
		List<Party> sorted = new ArrayList<>(found);
		sorted.sort(Comparator.comparingInt(Party::start).thenComparing(p -> p.role() == DepartmentMention.Role.LEAD));
		List<Party> result = new ArrayList<>();
		for (Party party : sorted) {
			if (result.stream().noneMatch(p -> p.start() < party.end() && party.start() < p.end())) {
				result.add(party);
			}
		}
		return result;
	}

}
