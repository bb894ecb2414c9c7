package org.anwei.duban.directive.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a sentence of an item starts another piece of work or elaborates the one
 * before: another party (not a role), an assignment of its own (由…负责), a party as the
 * subject of a new sentence, an addition (同时，…), a fresh 要…, or a verb of work after a
 * semicolon start new work; a condition, a goal or an object's topic (对…的，要…; 确保…) does
 * not.
 */
final class WorkBoundary {

	private final String text;

	private final PartyGrammar parties;

	WorkBoundary(String text, PartyGrammar parties) {
		this.text = text;
		this.parties = parties;
	}

	boolean startsNewWork(Unit unit, List<Party> own, Group group) {
		if (newParty(own, group) || Cues.ASSIGNMENT.matcher(unit.body(this.text)).find()
				|| sentenceEnded(group) && ownSubject(own)) {
			return true;
		}
		String content = content(unit);
		if (Lexicon.ADDITION.matcher(content).find() || Lexicon.ADDITION.matcher(unit.body(this.text)).find()
				|| SpeechActs.framing(this.text, unit.bodyStart(), unit.end(), this.parties) != null) {
			// 同时，… adds work; 李总强调，… is a request of its own
			return true;
		}
		if (elaborates(unit)) {
			return false;
		}
		char before = group.units.getLast().terminator();
		return content.matches("^(?:要|还要|更要|必须|务必|严禁|不得|应当|应|须|请).*")
				|| Lexicon.ACTION_START.matcher(content).find() && (before == ';' || before == '；');
	}

	/** The unit only adds a condition, a goal or a topic to the work before it. */
	boolean elaborates(Unit unit) {
		return Lexicon.ELABORATION_START.matcher(content(unit)).find();
	}

	/** The group's last unit closed a sentence (。！？ or a line), not a clause (；，). */
	static boolean sentenceEnded(Group group) {
		char before = group.units.getLast().terminator();
		return before == '。' || before == '!' || before == '?' || before == '\n';
	}

	/** The unit names a party (not a role) as the subject of one of its clauses. */
	private static boolean ownSubject(List<Party> own) {
		return own.stream().anyMatch(p -> !p.roleOnly() && p.role() == DepartmentMention.Role.LEAD);
	}

	/** A party of its own (not a role such as 主要领导) that the group does not have yet. */
	private boolean newParty(List<Party> own, Group group) {
		List<String> mine = names(own.stream().filter(p -> !p.roleOnly()).toList());
		if (mine.isEmpty()) {
			return false;
		}
		List<Party> theirs = new ArrayList<>(group.inherited);
		for (Unit unit : group.units) {
			theirs.addAll(this.parties.responsible(unit.bodyStart(), unit.end()));
		}
		return !names(theirs).containsAll(mine);
	}

	private List<String> names(List<Party> found) {
		return found.stream().map(p -> this.text.substring(p.start(), p.end())).toList();
	}

	private String content(Unit unit) {
		return this.text.substring(SpeechActs.contentStart(this.text, unit.bodyStart(), unit.end(), this.parties),
				unit.end());
	}

}
