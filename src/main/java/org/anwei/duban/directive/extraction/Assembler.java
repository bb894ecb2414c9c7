package org.anwei.duban.directive.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Groups the units of a body into requirements and candidates.
 *
 * <p>
 * Items of an enumeration are the requirements; an item whose later sentences carry other
 * work (a new party, a new 要…, a new verb after ；) gives one requirement per piece, while
 * conditions, goals and additions (对…的，要…; 确保…; 同时…) stay with the piece they elaborate.
 * A short heading (一是深入推进煤矿瓦斯防治。) opens its item's first requirement. Outside
 * enumerations each sentence with a requirement counts; a sentence that starts with a
 * verb of work counts where a speaker asks for it (会议要求，…) or a list was announced.
 * Exhortations go to the candidates. A requirement that names no party takes one from its
 * item, the item's section or list lead-in, the sentence before it, or the addressees.
 */
final class Assembler {

	/** 由施工单位解决 / 由临时工作组负责: an assignment of its own. */
	private static final java.util.regex.Pattern ASSIGNMENT = java.util.regex.Pattern
		.compile("(?<![理自缘经])由[^,，。；]{1,24}?(?:负责|牵头|承担|解决|组织实施)");

	private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern
		.compile("^(?:并|同时|还|会议|会上)?(?:要求|责成|号召)");

	private static final java.util.regex.Pattern SCOPE = java.util.regex.Pattern.compile(
			"重点(?:行业|领域|单位|企业|场所|部位|区域|对象|内容|环节)?(?:为|是|有|包括)?[:：]$|范围(?:为|是|包括)?[:：]?$|包括[:：]?$|对象(?:为|是)?[:：]?$|(?:行业|领域|单位|企业|场所)(?:为|是|有)[:：]$");

	/** 同志们，… / 总之，…: a speech's or notice's closing words after the list. */
	private static final java.util.regex.Pattern CLOSING = java.util.regex.Pattern
		.compile("^(?:同志们|各位领导|总之|综上|最后)[,，!！]");

	/** 附件：1.安全生产检查表 / 检查重点：(一)非煤矿山: a name, not work. */
	private static final java.util.regex.Pattern NAME_ONLY = java.util.regex.Pattern
		.compile("[^,，;；]{2,30}(?:表|单|书|清单|名单|目录|方案|办法|通知|制度|台账|汇编|细则|规定|标准)");

	/** 同意对…实施挂牌督办: an approval decided by the document itself, not work for a party. */
	private static final java.util.regex.Pattern DECISION = java.util.regex.Pattern
		.compile("^(?:会议)?(?:原则上?)?(?:同意|批准|准予|不同意|不予|予以)");

	/** (杜淑荣), (记者 张三): a byline closing a paragraph. */
	private static final java.util.regex.Pattern TRIVIAL = java.util.regex.Pattern
		.compile("[(（](?:记者|通讯员|编辑|作者)?\\s*[\\u4e00-\\u9fff·\\s]{2,8}[)）]|特此(?:通知|通报|函告|批复|报告|公告)|此复");

	private final String text;

	private final List<Unit> units;

	private final Outline outline;

	private final PartyGrammar parties;

	private final List<PartyGrammar.Party> addressees;

	private final List<Group> groups = new ArrayList<>();

	private final Map<Unit, SpeechAct> acts = new java.util.IdentityHashMap<>();

	private final Map<Long, SpeechAct> classified = new HashMap<>();

	private final Map<Marker, List<PartyGrammar.Party>> sectionParties = new HashMap<>();

	private @Nullable Group current;

	private @Nullable Marker item;

	/** A section whose sub-items have not begun: its words are a heading or a lead-in. */
	private @Nullable Marker sectionIntro;

	private List<PartyGrammar.Party> itemParties = List.of();

	private List<PartyGrammar.Party> listParties = List.of();

	private List<PartyGrammar.Party> regionSubject = List.of();

	/** The last lead-in (提出以下要求：) and the one in force for the current list. */
	private @Nullable Unit lastLeadIn;

	private @Nullable Unit listLeadIn;

	private final Map<Marker, Unit> sectionLeadIns = new HashMap<>();

	private boolean requirementRegion;

	/** The current list was announced by a lead-in or a speaker's request. */
	private boolean listAsked;

	/**
	 * The current item asks for work (its list was asked for, or its own lead-in asks).
	 */
	private boolean itemAsked;

	Assembler(String text, List<Unit> units, Outline outline, PartyGrammar parties,
			List<PartyGrammar.Party> addressees) {
		this.text = text;
		this.units = units;
		this.outline = outline;
		this.parties = parties;
		this.addressees = addressees;
	}

	List<Group> assemble() {
		for (int index = 0; index < this.units.size(); index++) {
			for (Unit part : splitByParty(this.units.get(index))) {
				accept(part, index);
			}
		}
		finish();
		return this.groups;
	}

	private SpeechAct classify(int from, int to) {
		return this.classified.computeIfAbsent(((long) from << 32) | to,
				key -> SpeechActs.classify(this.text, from, to, this.parties));
	}

	SpeechAct actOf(Unit unit) {
		return this.acts.getOrDefault(unit, SpeechAct.OTHER);
	}

	private void accept(Unit unit, int index) {
		String body = unit.body(this.text);
		if (trivial(body)) {
			// a date line or a reporter's name at the end of a paragraph: part of nothing
			return;
		}
		List<PartyGrammar.Party> own = this.parties.responsible(unit.bodyStart(), unit.end());
		SpeechAct act = classify(unit.bodyStart(), unit.end());
		this.acts.put(unit, act);
		SpeechActs.Framing frame = SpeechActs.framing(this.text, unit.bodyStart(), unit.end(), this.parties);
		String framing = frame == null ? null : frame.verb();
		Marker marker = unit.marker();
		if (marker != null) {
			finish();
			if (this.outline.isSection(marker)) {
				this.item = null;
				this.sectionIntro = marker;
				this.sectionParties.put(marker, own);
				this.sectionLeadIns.put(marker, unit);
				return;
			}
			this.sectionIntro = null;
			if (this.item == null || !this.item.family().equals(marker.family())) {
				this.listParties = this.regionSubject;
				this.listAsked = this.requirementRegion;
				this.listLeadIn = this.lastLeadIn;
			}
			this.item = marker;
			this.itemParties = List.of();
			this.itemAsked = this.listAsked;
		}
		else if (this.item != null
				&& (!this.outline.contains(this.item, unit.start()) || listEnds(unit, act, framing))) {
			finish();
			this.item = null;
		}
		if (framing != null && marker == null) {
			this.requirementRegion = !SpeechActs.assessing(framing);
			if (!own.isEmpty()) {
				this.regionSubject = own;
			}
		}
		if (this.item != null) {
			inItem(unit, index, act, own);
		}
		else if (this.sectionIntro != null) {
			introduce(this.sectionIntro, unit, act, own);
		}
		else {
			free(unit, act, own);
		}
	}

	private static boolean trivial(String body) {
		String words = body.strip();
		return words.length() < 4 || TRIVIAL.matcher(words).matches()
				|| DateWords.fullDate(words) != null && words.length() <= 16;
	}

	/**
	 * A new line that reports, judges, frames or announces ends the list before it.
	 */
	private boolean listEnds(Unit unit, SpeechAct act, @Nullable String framing) {
		return unit.lineStart() && (framing != null || act == SpeechAct.NARRATIVE || act == SpeechAct.ASSESSMENT
				|| act == SpeechAct.LEAD_IN || act == SpeechAct.COMMITMENT
				|| CLOSING.matcher(unit.body(this.text)).find());
	}

	private void inItem(Unit unit, int index, SpeechAct given, List<PartyGrammar.Party> own) {
		// 一要抓好重点领域整治。县住建局要…: a short opening heads the item even when its marker asks
		boolean heading = isHeading(unit, index, given);
		SpeechAct act = itemAct(unit, given);
		this.acts.put(unit, act);
		if (act == SpeechAct.COMMITMENT) {
			finish();
			return;
		}
		Group group = this.current;
		if (group == null) {
			if (heading || act.assignsWork() || act == SpeechAct.EXHORTATION) {
				this.current = new Group(this.item, unit, act, heading, itemInheritance());
			}
			return;
		}
		if (group.weak && (act.assignsWork() || act == SpeechAct.EXHORTATION)) {
			group.add(unit, act);
		}
		else if (act.assignsWork() && startsNewWork(unit, own, group)) {
			finish();
			this.current = new Group(this.item, unit, act, false, itemInheritance());
		}
		else if (act != SpeechAct.OTHER || !unit.lineStart()) {
			// a line of no work after the item (a page footer) is not part of it
			group.add(unit, act);
		}
	}

	/**
	 * An item numbered 一要/二要 carries its modal in the marker; an item of a list a speaker
	 * asked for (会议强调：一是…, 现将有关事项通知如下：1、…) is work even when its verb is not one the
	 * lexicon knows.
	 */
	private SpeechAct itemAct(Unit unit, SpeechAct act) {
		Marker marker = unit.marker();
		if (marker != null && marker.family().equals("要") && act != SpeechAct.NARRATIVE && act != SpeechAct.LEAD_IN) {
			return SpeechAct.REQUIREMENT;
		}
		if (act == SpeechAct.LEAD_IN) {
			// 一、会议指出：… judges; 二、会议要求：… asks
			SpeechActs.Framing frame = SpeechActs.framing(this.text, unit.bodyStart(), unit.end(), this.parties);
			this.itemAsked = frame == null ? asking(unit) : !SpeechActs.assessing(frame.verb());
		}
		else if (act == SpeechAct.OTHER && this.itemAsked && marker != null
				&& !DECISION.matcher(unit.body(this.text)).find() && !NAME_ONLY.matcher(unit.body(this.text)).matches()) {
			return SpeechAct.ACTION;
		}
		return act;
	}

	private void free(Unit unit, SpeechAct act, List<PartyGrammar.Party> own) {
		switch (act) {
			case LEAD_IN -> {
				finish();
				this.lastLeadIn = unit;
				// 会议强调：names nobody; the items keep the party named before it
				this.regionSubject = own.isEmpty() ? this.regionSubject : own;
				this.requirementRegion = asking(unit);
			}
			case NARRATIVE, ASSESSMENT -> {
				finish();
				this.regionSubject = List.of();
				this.requirementRegion = false;
			}
			case COMMITMENT -> {
				finish();
				if (Lexicon.CONCRETE.matcher(unit.body(this.text)).find()) {
					startFree(unit, act, Candidate.Reason.COMMITMENT);
				}
			}
			case EXHORTATION -> {
				finish();
				startFree(unit, act, Candidate.Reason.EXHORTATION);
			}
			case REQUIREMENT, ACTION -> {
				Group group = this.current;
				boolean asked = act == SpeechAct.REQUIREMENT || this.requirementRegion
						|| (group != null && !group.isCandidate());
				if (!asked) {
					finish();
				}
				else if (group != null && !group.isCandidate() && !sentenceEnded(group) && elaborates(unit)) {
					group.add(unit, act);
				}
				else {
					finish();
					startFree(unit, act, null);
				}
			}
			default -> {
				Group group = this.current;
				if (group != null && !unit.lineStart() && unit.length() < 15) {
					group.add(unit, act);
				}
				else {
					finish();
				}
			}
		}
		if (own.stream().anyMatch(p -> !p.roleOnly()) && act != SpeechAct.NARRATIVE) {
			// 主要领导要亲自…: a role speaks within the parties named before, it does not
			// replace them
			this.regionSubject = own;
		}
	}

	/**
	 * A lead-in that asks for work (提出以下要求：, 通知如下：, 会议强调：), not one that announces a
	 * scope (检查重点：, 重点行业为：, 包括：).
	 */
	private boolean asking(Unit unit) {
		String body = unit.body(this.text);
		return !SCOPE.matcher(body).find();
	}

	private void startFree(Unit unit, SpeechAct act, Candidate.@Nullable Reason reason) {
		Group group = new Group(null, unit, act, false,
				this.regionSubject.isEmpty() ? this.addressees : this.regionSubject);
		group.candidate = reason;
		this.current = group;
	}

	/**
	 * Another piece of work in the same item: a party of its own, an assignment, a fresh
	 * 要…, or a verb of work after a full stop or semicolon; not a condition or a goal.
	 */
	private boolean startsNewWork(Unit unit, List<PartyGrammar.Party> own, Group group) {
		char before = group.units.getLast().terminator();
		if (newParty(own, group) || ASSIGNMENT.matcher(unit.body(this.text)).find()
				|| sentenceEnded(group) && ownSubject(own)) {
			return true;
		}
		String content = content(unit);
		if (Lexicon.ADDITION.matcher(content).find()) {
			return true;
		}
		if (elaborates(unit)) {
			return false;
		}
		return content.matches("^(?:要|还要|更要|必须|务必|严禁|不得|应当|应|须|请).*")
				|| Lexicon.ACTION_START.matcher(content).find() && (before == ';' || before == '；');
	}

	/** The group's last unit closed a sentence (。！？ or a line), not a clause (；，). */
	private static boolean sentenceEnded(Group group) {
		char before = group.units.getLast().terminator();
		return before == '。' || before == '!' || before == '?' || before == '\n';
	}

	/** The unit names a party (not a role) as the subject of one of its clauses. */
	private static boolean ownSubject(List<PartyGrammar.Party> own) {
		return own.stream().anyMatch(p -> !p.roleOnly() && p.role() == DepartmentMention.Role.LEAD);
	}

	/** A party of its own (not a role such as 主要领导) that the group does not have yet. */
	private boolean newParty(List<PartyGrammar.Party> own, Group group) {
		List<String> mine = names(own.stream().filter(p -> !p.roleOnly()).toList());
		if (mine.isEmpty()) {
			return false;
		}
		List<PartyGrammar.Party> theirs = new ArrayList<>(group.inherited);
		for (Unit unit : group.units) {
			theirs.addAll(this.parties.responsible(unit.bodyStart(), unit.end()));
		}
		return !names(theirs).containsAll(mine);
	}

	private List<String> names(List<PartyGrammar.Party> parties) {
		return parties.stream().map(p -> this.text.substring(p.start(), p.end())).toList();
	}

	private String content(Unit unit) {
		return this.text.substring(SpeechActs.contentStart(this.text, unit.bodyStart(), unit.end(), this.parties),
				unit.end());
	}

	private boolean elaborates(Unit unit) {
		return Lexicon.ELABORATION_START.matcher(content(unit)).find();
	}

	/**
	 * A short item opening without a modal (一是深入推进煤矿瓦斯防治。/ 一、提高思想认识) heads the item's
	 * sentences.
	 */
	private boolean isHeading(Unit unit, int index, SpeechAct act) {
		if (unit.marker() == null || act == SpeechAct.REQUIREMENT || index + 1 >= this.units.size()) {
			return false;
		}
		Unit next = this.units.get(index + 1);
		boolean more = next.marker() == null && this.item != null && this.outline.contains(this.item, next.start());
		return more && unit.length() <= 32 && unit.terminator() != ';';
	}

	private List<PartyGrammar.Party> itemInheritance() {
		if (!this.itemParties.isEmpty()) {
			return this.itemParties;
		}
		for (Marker section : reversed(this.outline.sectionsOver(this.item))) {
			List<PartyGrammar.Party> found = this.sectionParties.getOrDefault(section, List.of());
			if (!found.isEmpty()) {
				return found;
			}
		}
		return !this.listParties.isEmpty() ? this.listParties : this.addressees;
	}

	/**
	 * The words of a section before its sub-items: their parties pass to the items; a
	 * requirement among them is an exhortation before the list, a candidate.
	 */
	private void introduce(Marker section, Unit unit, SpeechAct act, List<PartyGrammar.Party> own) {
		if (this.sectionParties.getOrDefault(section, List.of()).isEmpty() && !own.isEmpty()) {
			this.sectionParties.put(section, own);
		}
		finish();
		if (act.assignsWork() || act == SpeechAct.EXHORTATION) {
			startFree(unit, act, Candidate.Reason.PREAMBLE);
		}
	}

	private void finish() {
		Group group = this.current;
		if (group == null) {
			return;
		}
		if (group.item != null) {
			group.sections = this.outline.sectionsOver(group.item);
			group.leadIn = this.listLeadIn;
			for (Marker section : this.outline.sectionsOver(group.item)) {
				group.leadIn = this.sectionLeadIns.getOrDefault(section, group.leadIn);
			}
		}
		this.groups.add(group);
		if (group.item != null && this.itemParties.isEmpty()) {
			List<PartyGrammar.Party> explicit = new ArrayList<>();
			for (Unit unit : group.units) {
				explicit.addAll(this.parties.responsible(unit.bodyStart(), unit.end()));
			}
			this.itemParties = explicit.isEmpty() ? List.of() : explicit;
		}
		this.current = null;
	}

	/**
	 * "各县区负责…，市直有关部门依照各自职责，严格…" hands work to two parties: split where a party begins
	 * after a comma and the part before has a party and a verb of its own.
	 */
	private List<Unit> splitByParty(Unit unit) {
		List<Unit> parts = new ArrayList<>();
		int partStart = unit.bodyStart();
		for (int i = unit.bodyStart(); i < unit.end(); i++) {
			char ch = this.text.charAt(i);
			if (ch != ',' && ch != '，') {
				continue;
			}
			boolean secondParty = this.parties.startsWithParty(i + 1, unit.end())
					&& !this.parties.responsible(partStart, i).isEmpty() && classify(partStart, i).assignsWork()
					&& classify(i + 1, unit.end()) != SpeechAct.OTHER;
			// 会上…学习了…，要求各单位认真组织学习: a request after the narrative
			boolean request = ASKS.matcher(this.text.substring(i + 1, unit.end())).find()
					&& classify(partStart, i) == SpeechAct.NARRATIVE && this.parties.startsWithParty(i + 1, unit.end());
			if (secondParty || request) {
				parts.add(new Unit(parts.isEmpty() ? unit.start() : partStart, partStart, i,
						parts.isEmpty() ? unit.marker() : null, unit.line(), ',', parts.isEmpty() && unit.lineStart()));
				partStart = i + 1;
			}
		}
		if (parts.isEmpty()) {
			return List.of(unit);
		}
		parts.add(new Unit(partStart, partStart, unit.end(), null, unit.line(), unit.terminator(), false));
		return parts;
	}

	private static <T> List<T> reversed(List<T> list) {
		List<T> copy = new ArrayList<>(list);
		java.util.Collections.reverse(copy);
		return copy;
	}

}
