package org.anwei.duban.directive.extraction;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises one responsible party starting at a position of the prepared text: a name or
 * alias from the directory, a role (主要领导), a generic party (各级各部门, 各县(市、区), 有关部门, 企业), or
 * a unit known by its head word (…局, …支队, …居委会, …单位). A head only counts when the word
 * ends there: 市场办法 is not a 办, 局面 not a 局, 镇长 not a 镇; and the party must be followed by
 * a predicate or a separator, so an object or a modifier (各地的) is not taken.
 */
final class PartyMatcher {

	private static final int MAX_LENGTH = 24;

	/** Unit head words, longest first. */
	private static final List<String> HEADS = List.of("管理委员会", "人民政府", "领导小组", "委员会", "办公室", "管委会", "居委会", "村委会", "办事处",
			"工作组", "指挥部", "党工委", "安委会", "安委办", "负责人", "领导干部", "领导", "管理区", "开发区", "农牧场", "成员单位", "责任人", "工作专班", "专班",
			"党委", "政府", "分局", "支队", "大队", "中队", "中心", "公司", "集团", "法院", "检察院", "银行", "机构", "学校", "医院", "部门", "单位", "企业",
			"班子", "干部", "乡镇", "街道", "社区", "园区", "农场", "牧场", "局", "委", "办", "厅", "署", "部", "处", "科", "站", "所", "队", "组",
			"院", "场", "镇", "乡", "村", "县", "区", "市", "省", "州", "地", "级");

	/** Heads that only name a party after 各 (各县, 各地, 各级) or in a longer place name. */
	private static final Set<String> PLACE_HEADS = Set.of("县", "区", "市", "省", "州", "地", "级", "场");

	/** Heads that only name a party after 各: 各地, 各级 (不打折扣地 is no place). */
	private static final Set<String> GENERIC_ONLY = Set.of("地", "级", "场");

	/**
	 * A head's last character + the next one that make another word: 局面, 办法, 镇长, 市场, 组织,
	 * 部门 (for 部) …
	 */
	private static final Set<String> NOT_A_HEAD = Set.of("局面", "局势", "局限", "局长", "委托", "委员", "办法", "办理", "办好", "办实",
			"办公", "办事", "部署", "部分", "部位", "部长", "部件", "部门", "处理", "处置", "处罚", "处于", "处在", "处长", "所有", "所以", "所在", "所属",
			"所需", "所得", "所谓", "所长", "站位", "站在", "站稳", "站长", "队伍", "队长", "组织", "组成", "组建", "组长", "组合", "院校", "院长", "院落",
			"镇长", "乡长", "乡村", "村民", "村庄", "村长", "区域", "区别", "区分", "区长", "市场", "市民", "市长", "县长", "县城", "县域", "地方", "地点",
			"级别", "场所", "场合", "场景", "场地", "科学", "科技", "科长", "厅长", "署长", "心工", "心任", "业主");

	/** Roles that 要 would otherwise cut short (主要领导 holds 要). */
	private static final Pattern ROLE = Pattern.compile("^(?:党政主要负责人|主要负责同志|主要负责人|主要领导|分管领导|分管负责人|主要领导干部)");

	/** 负有…职责的部门 holds 的, which otherwise ends a name. */
	private static final Pattern DUTY_BEARER = Pattern
		.compile("^(?:市直|县直|区直|镇直|省直)?(?:其他|其它|各|有关|相关)?(?:负有|承担|具有)[^,，。；:：]{0,14}?(?:职责|职能|责任)的(?:部门|单位|机构)");

	/** A name may not run through these: they start a predicate or a phrase. */
	private static final String STOPS = "的了是要对在将把被向从于为等就按由报,，、。；;:：！？!?“”\"《》 \n";

	/** Head words preceded by these are other words: 格局, 督办, 盲区, 当地, 上级, 城乡 … */
	private static final Set<String> NOT_A_UNIT = Set.of("格局", "布局", "大局", "全局", "结局", "当局", "督办", "承办", "主办", "举办",
			"创办", "查办", "交办", "包办", "内部", "外部", "全部", "局部", "到处", "好处", "场所", "住所", "网站", "车站", "排队", "团队", "军队", "分组",
			"改组", "市场", "现场", "商场", "立场", "广场", "学科", "辖区", "景区", "城区", "盲区", "地区", "山区", "矿区", "库区", "灾区", "林区", "工地",
			"基地", "土地", "场地", "落地", "阵地", "就地", "本地", "当地", "外地", "属地", "上级", "层级", "升级", "等级", "城镇", "城乡", "下乡", "农村",
			"乡村", "同级", "各处", "住处", "出处");

	/** A party never starts with a pronoun or a verb of work (加强督办, 消除盲区, 你局). */
	private static final Pattern NOT_A_START = Pattern.compile(
			"^(?:你|我|贵|本|该|此|其|这|那|会议|会上|希望|要求|号召|会同|协同|配合|协助|全体|各项|既|也|又|可|采取|采用|通过|利用|依托|按|根据|依照|结合|围绕|针对|以|与|同|和|及|就|当前|目前|今年|近期|近日|日前|(?:"
					+ Lexicon.ADVERBS + "))");

	/** Verbs that also name the work of a unit: 整改责任单位, 执法检查组, 应急管理局. */
	private static final Pattern UNIT_WORK = Pattern
		.compile("^(?:整改|排查|监管|执法|检查|督查|应急|安全|管理|监督|防汛|救援|调查|建设|施工|生产|经营|运输|维护|服务)");

	private PartyMatcher() {
	}

	/**
	 * End of the party that starts at {@code at} when what follows is a predicate or a
	 * separator, else -1.
	 */
	static int match(String text, int at, DepartmentDirectory directory) {
		if (!startsParty(text, at, directory)) {
			return -1;
		}
		int end = candidate(text, at, directory);
		if (end < 0) {
			return -1;
		}
		return extend(text, end);
	}

	/**
	 * The longest party inside {@code [at, limit)} that starts at {@code at}, whatever
	 * follows it (for 由…负责, where a person's title or a time may stand between).
	 */
	static int matchLoose(String text, int at, int limit, DepartmentDirectory directory) {
		if (!startsParty(text, at, directory)) {
			return -1;
		}
		int best = -1;
		for (int end : ends(text, at, Math.min(limit, at + MAX_LENGTH), directory)) {
			best = Math.max(best, end);
		}
		return best;
	}

	private static boolean startsParty(String text, int at, DepartmentDirectory directory) {
		if (directory.longestAt(text, at) > 0) {
			return true;
		}
		String from = text.substring(at, Math.min(text.length(), at + 8));
		return !NOT_A_START.matcher(from).find()
				&& (UNIT_WORK.matcher(from).find() || !Lexicon.ACTION_START.matcher(from).find());
	}

	/**
	 * The shortest party that ends before a predicate (市公安局 of 市公安局和市交通局…负责); else the
	 * longest one, when no predicate word follows (社区居委会增加巡防人员).
	 */
	private static int candidate(String text, int at, DepartmentDirectory directory) {
		List<Integer> ends = ends(text, at, Math.min(text.length(), at + MAX_LENGTH), directory);
		for (int end : ends) {
			if (endsWell(text, end)) {
				return end;
			}
		}
		if (ends.isEmpty()) {
			return -1;
		}
		int longest = ends.getLast();
		char next = longest < text.length() ? text.charAt(longest) : '。';
		return next == '的' || next == '之' ? -1 : longest;
	}

	/** Every position after {@code at} where a party could end, shortest first. */
	private static List<Integer> ends(String text, int at, int limit, DepartmentDirectory directory) {
		java.util.TreeSet<Integer> ends = new java.util.TreeSet<>();
		String fromHere = text.substring(at, Math.min(text.length(), at + MAX_LENGTH + 8));
		int named = directory.longestAt(text, at);
		if (named > 0) {
			ends.add(at + named);
		}
		Matcher role = ROLE.matcher(fromHere);
		if (role.find()) {
			ends.add(at + role.end());
		}
		Matcher duty = DUTY_BEARER.matcher(fromHere);
		if (duty.find()) {
			ends.add(at + duty.end());
		}
		int i = at;
		while (i < limit) {
			char ch = text.charAt(i);
			if ((ch == '(' || ch == '（') && i > at) {
				int close = closing(text, i);
				if (close < 0) {
					break;
				}
				// 各县(市、区): the bracket belongs to the party before it
				boolean partyBefore = ends.contains(i);
				i = close + 1;
				if (partyBefore) {
					ends.add(i);
				}
				continue;
			}
			if (STOPS.indexOf(ch) >= 0 || !nameChar(ch) || text.startsWith("会议", i) || text.startsWith("同意", i)) {
				break;
			}
			if ((ch == '和' || ch == '及' || ch == '与') && (i == at || ends.floor(i) != null)) {
				// 市公安局和市交通局 are two parties; 住房和城乡建设局 is one
				break;
			}
			i++;
			String head = headEndingAt(text, at, i);
			if (head != null && acceptedHead(text, at, i, head)) {
				ends.add(i);
			}
		}
		return List.copyOf(ends);
	}

	private static int closing(String text, int open) {
		for (int j = open + 1; j < Math.min(text.length(), open + 10); j++) {
			char c = text.charAt(j);
			if (c == ')' || c == '）') {
				return j;
			}
			if (!Characters.isHan(c) && c != '、' && c != ',' && c != '，') {
				return -1;
			}
		}
		return -1;
	}

	private static @org.jspecify.annotations.Nullable String headEndingAt(String text, int start, int end) {
		for (String head : HEADS) {
			if (end - start >= head.length() && text.startsWith(head, end - head.length())) {
				return head;
			}
		}
		return null;
	}

	private static boolean acceptedHead(String text, int start, int end, String head) {
		boolean generic = text.charAt(start) == '各';
		if (!generic && end - start > head.length()
				&& NOT_A_UNIT.contains(text.substring(end - head.length() - 1, end - head.length() + 1))) {
			return false;
		}
		String next = text.substring(end, Math.min(text.length(), end + 2));
		if (NOT_A_HEAD.contains(text.substring(end - 1, Math.min(text.length(), end + 1)))) {
			return false;
		}
		int nameLength = end - start - head.length();
		if (GENERIC_ONLY.contains(head) && !generic) {
			return false;
		}
		if (PLACE_HEADS.contains(head)) {
			// 各县, 各地, 各级; or a place name such as 城东区 (not 全市, 辖区, 本县)
			return generic ? nameLength >= 1 : nameLength >= 2 && "全本该辖此其城景社园".indexOf(text.charAt(start)) < 0
					&& "内外里中上下间".indexOf(next.isEmpty() ? ' ' : next.charAt(0)) < 0;
		}
		if (head.length() == 1) {
			// a one-character head needs a name before it: 安监站, 市城管局; 县委, 市委 are units
			// too
			return nameLength >= (generic ? 1 : 2) || (nameLength == 1 && "市县区省镇乡".indexOf(text.charAt(start)) < 0)
					|| nameLength == 1 && head.equals("委");
		}
		return true;
	}

	/** A party ends well before a predicate, a separator or the end of the clause. */
	static boolean endsWell(String text, int end) {
		if (end >= text.length()) {
			return true;
		}
		if (text.charAt(end) == '的' || text.charAt(end) == '之') {
			return false;
		}
		return Lexicon.PREDICATE_START.matcher(text.substring(end, Math.min(text.length(), end + 4))).find();
	}

	/**
	 * 镇直各单位 + 负责人: a role written right after a party belongs to it (负责 alone would end
	 * the party as a predicate).
	 */
	private static int extend(String text, int end) {
		Matcher role = Pattern.compile("^(?:主要负责人|负责人|主要领导|领导班子|班子成员|党委)")
			.matcher(text.substring(end, Math.min(text.length(), end + 6)));
		if (role.find() && endsWell(text, end + role.end())) {
			return end + role.end();
		}
		return end;
	}

	private static boolean nameChar(char ch) {
		return Characters.isHan(ch) || ch == '×' || ch == '*' || ch == '○' || ch == '·';
	}

}
