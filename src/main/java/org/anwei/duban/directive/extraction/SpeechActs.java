package org.anwei.duban.directive.extraction;

import java.util.regex.Matcher;

/**
 * Tells requirements from narrative and assessment by the speech act, not by the presence
 * of 要: a unit framed by 指出/认为 judges, one framed by 强调/要求/部署 asks; a unit that reports
 * an event (召开, 听取了, 参加会议) narrates; a requirement whose clauses only concern mind and
 * attitude exhorts.
 */
final class SpeechActs {

	private SpeechActs() {
	}

	/** The verb that frames a unit and where what it frames begins. */
	record Framing(String verb, int contentStart) {
	}

	/**
	 * 会议强调，… / 毛崇谋要求，… / 要求各管理区…: a framing verb followed by a comma or colon, or
	 * directly by the party it addresses; null when the unit has none.
	 */
	static @org.jspecify.annotations.Nullable Framing framing(String text, int from, int to, PartyGrammar parties) {
		Matcher framing = Lexicon.FRAMING.matcher(text.substring(from, to));
		if (!framing.find()) {
			return null;
		}
		int after = from + framing.end("verb");
		if (framing.group("punct") != null) {
			return new Framing(framing.group("verb"), from + framing.end());
		}
		boolean addressing = ADDRESSING.matcher(framing.group("verb")).matches();
		return addressing && parties.subjectEnd(after, to) > after ? new Framing(framing.group("verb"), after) : null;
	}

	/** True when the framing verb reports a judgement (指出, 认为) rather than a request. */
	static boolean assessing(String verb) {
		return verb != null && Lexicon.ASSESSING_FRAME.matcher(verb).matches();
	}

	/** …，他强调 right before 一要…: the unit only introduces the items. */
	private static final java.util.regex.Pattern FRAMING_END = java.util.regex.Pattern
		.compile("(?:强调|要求|指出|提出|部署|表示|说|讲话|如下|以下)$");

	private static final java.util.regex.Pattern ITEM_FOLLOWS = java.util.regex.Pattern.compile(
			"^[,，:：\\s]*(?:[一二三四五六七八九十]{1,3}[是要、]|第[一二三四五六七八九十]|[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[、.]|[①-⑳]|首先)");

	/** Verbs that take the party they address right after them: 要求各管理区…, 责成市住建局…. */
	private static final java.util.regex.Pattern ADDRESSING = java.util.regex.Pattern.compile("要求|责成|号召|希望");

	/** Framing verbs that hand work to the party after them: 要求各地…, 责成…, 请各单位…. */
	private static final java.util.regex.Pattern ASKING = java.util.regex.Pattern
		.compile("要求|责成|请|号召|希望|部署|强调|强调指出|明确|决定|议定|确定");

	/** The speech act of {@code [from, to)} of the prepared text. */
	static SpeechAct classify(String text, int from, int to, PartyGrammar parties) {
		String body = text.substring(from, to);
		String trimmed = body.strip();
		if (trimmed.endsWith(":") || Lexicon.LIST_ANNOUNCEMENT.matcher(trimmed).find() && trimmed.length() < 60
				|| FRAMING_END.matcher(trimmed).find()
						&& ITEM_FOLLOWS.matcher(text.substring(to, Math.min(text.length(), to + 6))).find()) {
			return SpeechAct.LEAD_IN;
		}
		Framing framing = framing(text, from, to, parties);
		String verb = framing == null ? null : framing.verb();
		int contentStart = framing == null ? from : framing.contentStart();
		String content = text.substring(contentStart, to);
		int subjectEnd = parties.subjectEnd(contentStart, to);
		String predicate = subjectEnd > contentStart ? text.substring(subjectEnd, to) : content;
		boolean asked = verb != null && subjectEnd > contentStart && ASKING.matcher(verb).matches();
		boolean modal = asked || Lexicon.MODAL.matcher(content).find();
		if (attendance(trimmed) || (!modal && Lexicon.NARRATIVE.matcher(trimmed).find())) {
			return SpeechAct.NARRATIVE;
		}
		if (!modal && Lexicon.OWN_COMMITMENT.matcher(content).find()) {
			return SpeechAct.COMMITMENT;
		}
		if (!modal && (assessing(verb) || Lexicon.ASSESSMENT.matcher(withoutGoal(content)).find())) {
			return SpeechAct.ASSESSMENT;
		}
		if (modal) {
			return exhortation(content) ? SpeechAct.EXHORTATION : SpeechAct.REQUIREMENT;
		}
		if (Lexicon.ACTION_START.matcher(predicate.replaceFirst("^[,，\\s]+", "")).find()) {
			return exhortation(content) ? SpeechAct.EXHORTATION : SpeechAct.ACTION;
		}
		return SpeechAct.OTHER;
	}

	/** The words before a goal clause (确保…平稳 states an aim, not the situation). */
	private static String withoutGoal(String content) {
		Matcher goal = GOAL.matcher(content);
		return goal.find() ? content.substring(0, goal.start()) : content;
	}

	private static final java.util.regex.Pattern GOAL = java.util.regex.Pattern
		.compile("[,，](?:切实|全力|努力)?(?:确保|力争|保证|实现)");

	private static boolean attendance(String body) {
		return body.matches(".*(?:参加|出席|列席)(?:了)?(?:会议|本次会议|此次会议).*") || body.matches("^会议由.*主持.*")
				|| body.matches(".*主持(?:了)?会议.*");
	}

	/** Where the words after 会议强调，/ XX要求： … begin. */
	static int contentStart(String text, int from, int to, PartyGrammar parties) {
		Framing framing = framing(text, from, to, parties);
		return framing == null ? from : framing.contentStart();
	}

	/**
	 * Every clause concerns mind or attitude (警钟长鸣, 绷紧思想之弦) and none names concrete work;
	 * goal clauses (确保…, 坚决防范…) do not count either way.
	 */
	static boolean exhortation(String content) {
		boolean mindset = false;
		for (String clause : content.split("[,，;；:：]")) {
			if (clause.isBlank() || clause.matches("^(?:要|并|切实|坚决|全力|努力)?(?:确保|力争|保证|坚决防范|防范|严防|杜绝|遏制).*")) {
				continue;
			}
			if (Lexicon.CONCRETE.matcher(clause).find() || !Lexicon.MINDSET.matcher(clause).find()) {
				return false;
			}
			mindset = true;
		}
		return mindset;
	}

}
