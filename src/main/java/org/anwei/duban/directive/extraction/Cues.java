package org.anwei.duban.directive.extraction;

import java.util.regex.Pattern;

/**
 * Small signs in a unit that decide how it is grouped: a byline or a date line that
 * belongs to nothing, a lead-in that announces a scope rather than work, an item that
 * only names a document, a decision the document makes itself, a speech's closing words.
 */
final class Cues {

	/** (杜淑荣), (记者 张三), 特此通知: a byline or a formula closing a paragraph. */
	private static final Pattern TRIVIAL = Pattern
		.compile("[(（](?:记者|通讯员|编辑|作者)?\\s*[\\u4e00-\\u9fff·\\s]{2,8}[)）]|特此(?:通知|通报|函告|批复|报告|公告)|此复");

	/** 检查重点：, 重点行业为：, 包括：: a lead-in that announces a scope, not work. */
	private static final Pattern SCOPE = Pattern.compile(
			"重点(?:行业|领域|单位|企业|场所|部位|区域|对象|内容|环节)?(?:为|是|有|包括)?[:：]$|范围(?:为|是|包括)?[:：]?$|包括[:：]?$|对象(?:为|是)?[:：]?$|(?:行业|领域|单位|企业|场所)(?:为|是|有)[:：]$");

	/** 同志们，… / 总之，…: a speech's or notice's closing words after the list. */
	private static final Pattern CLOSING = Pattern.compile("^(?:同志们|各位领导|总之|综上|最后)[,，!！]");

	/** 附件：1.安全生产检查表: a name, not work. */
	private static final Pattern NAME_ONLY = Pattern
		.compile("[^,，;；]{2,30}(?:表|单|书|清单|名单|目录|方案|办法|通知|制度|台账|汇编|细则|规定|标准)");

	/** 同意对…实施挂牌督办: an approval decided by the document itself, not work for a party. */
	private static final Pattern DECISION = Pattern.compile("^(?:会议)?(?:原则上?)?(?:同意|批准|准予|不同意|不予|予以)");

	/** 由施工单位解决 / 由临时工作组负责: an assignment of its own. */
	static final Pattern ASSIGNMENT = Pattern.compile("(?<![理自缘经])由[^,，。；]{1,24}?(?:负责|牵头|承担|解决|组织实施)");

	/** …，要求各单位认真组织学习: a request after a narrative. */
	static final Pattern ASKS = Pattern.compile("^(?:并|同时|还|会议|会上)?(?:要求|责成|号召)");

	/**
	 * 牵头单位：…, 配合单位：…, 完成时限：…: a labelled line of a work plan, part of the item above it.
	 */
	private static final Pattern LABELLED = Pattern.compile(
			"^\\s*(?:牵头单位|责任单位|主责单位|牵头部门|责任部门|主办单位|负责单位|配合单位|协办单位|配合部门|参与单位|协助单位|完成时限|完成时间|时间节点|时限要求|办结时限|完成期限)\\s*[:：]");

	/** 如有…，/ 一旦…，/ 凡…的，: a condition the clause after it depends on. */
	private static final Pattern CONDITION = Pattern.compile("^(?:如有|如果|如|若|一旦|凡|对于?[^,，]{1,30}的)");

	private Cues() {
	}

	static boolean labelled(String body) {
		return LABELLED.matcher(body).find();
	}

	static boolean condition(String clause) {
		return CONDITION.matcher(clause).find();
	}

	/** A date line or a reporter's name at the end of a paragraph: part of nothing. */
	static boolean trivial(String body) {
		String words = body.strip();
		return words.length() < 4 || TRIVIAL.matcher(words).matches()
				|| DateWords.fullDate(words) != null && words.length() <= 16;
	}

	/**
	 * A lead-in that asks for work (提出以下要求：, 通知如下：, 会议强调：), not one that announces a
	 * scope (检查重点：, 重点行业为：, 包括：).
	 */
	static boolean asksForWork(String leadIn) {
		return !SCOPE.matcher(leadIn).find();
	}

	static boolean closing(String body) {
		return CLOSING.matcher(body).find();
	}

	/**
	 * An item of an asked list that is still no work: a decision or a document's name.
	 */
	static boolean noWork(String body) {
		return DECISION.matcher(body).find() || NAME_ONLY.matcher(body).matches();
	}

}
