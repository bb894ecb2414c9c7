package org.anwei.duban.directive.extraction;

import java.util.regex.Pattern;

/**
 * A short task title for a requirement: the action and its object, without the party,
 * modal verbs, adverbs, assignment words or the deadline. 市安监局要牵头，会同市住建局，于12月20日前
 * 完成全市危险化学品企业隐患排查，建立问题清单 → 全市危险化学品企业隐患排查. An item's own heading (一、加强值班值守) is its title.
 */
final class Titles {

	static final int MAX = 24;

	/** Clauses that only say who, when, why or by what rule. */
	private static final Pattern NOT_THE_WORK = Pattern
		.compile("^(?:牵头|负责|配合|协助|会同.*|.*配合|按照.*|依照.*|根据.*|结合.*|为了?.*|在.*(?:期间|基础上|下)|于.*前|.*前|立即|迅速|认真|切实|同时)$");

	private static final Pattern LEADING = Pattern.compile(
			"^(?:每(?:个)?(?:周[一二三四五六日]?|月|季度|半年|年|旬)|(?:向|给)[^,，]{2,20}?(?=报送|报告|上报|提交|汇报)|要求|要|必须|务必|应当|应该|应|须|需|一定要|切实|认真|进一步|全面|深入|扎实|持续|继续|坚决|迅速|立即|及时|尽快|着力|大力|积极|主动|全力|集中|广泛|不断|逐步|抓紧|还要|更要|并|同时|牵头|负责|在|于)+");

	private static final Pattern DEADLINE_PREFIX = Pattern
		.compile("^(?:在|于|要在|要于)?[^,，]{0,12}?(?:月|日|年|季度|天|周|底|旬|小时)[^,，]{0,3}?(?:前|内|以内|之内|之前|以前)");

	private static final Pattern WEAK_VERB = Pattern.compile("^(?:完成|组织开展|开展好|开展|做好|抓好|进行|组织)(?=.{4,})");

	private static final Pattern TO_OBJECT = Pattern.compile("^对(.{2,30}?)(?:进行|开展|实施|组织)(.+)$");

	/** 渔船安全检查由镇农业服务中心牵头 → 渔船安全检查. */
	private static final Pattern ASSIGNED_TO = Pattern.compile("由.{1,24}?(?:负责|牵头|承担|组织实施)$");

	/** 关于石料厂粉尘治理问题 → 石料厂粉尘治理. */
	private static final Pattern ABOUT = Pattern.compile("^关于(.{2,})(?:的)?(?:问题|事项)$");

	private Titles() {
	}

	/**
	 * @param heading an item's heading, or null
	 * @param work the words of the requirement after its framing and subject
	 */
	static String of(String heading, String work) {
		if (heading != null && !heading.isBlank()) {
			return shorten(clean(heading));
		}
		String[] clauses = work.split("[,，;；:：]");
		StringBuilder title = new StringBuilder();
		for (String raw : clauses) {
			String clause = strip(raw.strip());
			if (clause.isEmpty() || NOT_THE_WORK.matcher(clause).matches()) {
				continue;
			}
			if (title.length() > 0) {
				title.append('，');
			}
			title.append(clause);
			if (title.length() >= 6) {
				break;
			}
		}
		String result = title.length() == 0 ? clean(work) : title.toString();
		return shorten(result);
	}

	private static String strip(String clause) {
		String previous;
		String current = clause;
		do {
			previous = current;
			current = LEADING.matcher(current).replaceFirst("");
			current = DEADLINE_PREFIX.matcher(current).replaceFirst("");
		}
		while (!current.equals(previous) && !current.isEmpty());
		current = WEAK_VERB.matcher(current).replaceFirst("");
		java.util.regex.Matcher assigned = ASSIGNED_TO.matcher(current);
		if (assigned.find() && assigned.start() >= 2) {
			current = current.substring(0, assigned.start());
		}
		java.util.regex.Matcher about = ABOUT.matcher(current);
		if (about.matches()) {
			current = about.group(1);
		}
		java.util.regex.Matcher toObject = TO_OBJECT.matcher(current);
		if (toObject.matches()) {
			current = toObject.group(1) + toObject.group(2);
		}
		if (current.endsWith("工作") && current.length() > 8) {
			current = current.substring(0, current.length() - 2);
		}
		return current;
	}

	private static String clean(String text) {
		return text.strip().replaceAll("[\\s。；;，,:：]+$", "").replaceAll("\\s+", "");
	}

	/**
	 * At most {@link #MAX} characters, cut after a comma or enumeration comma if there is
	 * one.
	 */
	private static String shorten(String title) {
		if (title.length() <= MAX) {
			return title;
		}
		int cut = Math.max(title.lastIndexOf('，', MAX), title.lastIndexOf('、', MAX));
		return cut >= 6 ? title.substring(0, cut) : title.substring(0, MAX);
	}

}
