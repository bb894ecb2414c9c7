package org.anwei.duban.directive.extraction;

import java.util.regex.Pattern;

/**
 * The words the engine reads a text by, grouped by what they signal. They describe the
 * genre (official notices, minutes, speeches and news of safety meetings), not any one
 * text: each list is a class of words a writer of such texts uses.
 */
final class Lexicon {

	private Lexicon() {
	}

	private static final String HAN = "[\\u4e00-\\u9fff]";

	/**
	 * Modal words that make a clause a requirement. 要 is a modal except inside words (要求,
	 * 重要, 主要, 需要, 纪要, 要害 …); 应 only before a verb (应急 and 相应 are not).
	 */
	static final Pattern MODAL = Pattern
		.compile("(?<![重主需只纪摘首必扼显概提简不紧])要(?![求点素闻害件务地领道么是]|紧(?![盯抓跟扣]))|不要|必须|务必|务求|(?<![无毋必])须(?![知])"
				+ "|应当|应该|(?<![相响供适反对效感呼答回顺])应(?=按照|及时|立即|加强|落实|建立|制定|在|于|对|向|将|做好|严格|切实|认真|组织|督促|结合|根据|依法|主动|加大|把|做到|确保|进一步|全面|严防|定期|每|尽快|迅速|认识|高度|充分)"
				+ "|严禁|禁止|不得|不准|不许|一律|责成|责令|负责(?!人|同志|人员)|牵头|抓紧|限期|(?<![理自缘经])由(?!于|此)[^,，。；]{1,24}?(?:负责|牵头|承担|解决|组织实施|落实|对[^,，。；]{1,30}?(?:进行|开展|实施))|于[^,，。；]{1,15}?(?:前|之前|以前)(?:报|完成|上报|报送|提交|落实|整改|到位)|(?<![申邀])请(?=各|有关|相关|你|贵|市|县|区|镇|乡|于|在|按|将|务必|认真|及时|立即|迅速|尽快)|希望");

	/**
	 * Verbs that introduce what somebody said: 强调/要求 introduce requirements, 指出/认为
	 * assessments.
	 */
	static final Pattern FRAMING = Pattern.compile(
			"^(?:(?:最后|同时|此外|另外|随后|其次|首先|会上|会议最后|会议期间)[,，])?[^,，:：。；;]{0,30}?(?<verb>强调指出|要求|强调|指出|提出|部署|明确|表示|认为|希望|号召|指示|批示|说|讲到|建议|责成|决定|议定|确定)(?<punct>[,，:：])?");

	static final Pattern ASSESSING_FRAME = Pattern.compile("指出|认为|表示|说|讲到|分析");

	/**
	 * Verbs that start a clause of work to do (imperative), after optional adverbs such
	 * as 切实, 进一步.
	 */
	static final String ADVERBS = "要|还要|更要|必须|务必|进一步|切实|认真|全面|深入|扎实|持续|继续|坚决|迅速|立即|及时|尽快|着力|大力|积极|主动|全力|集中|广泛|重点|不断|逐步|同时|并|高度|狠抓|抓紧|统筹|依法|严格|亲自|带头|定期|逐一|逐级|层层|科学|精准|有效|稳步|不折不扣地?|全方位|及早|提前|再";

	static final Pattern ACTION_START = Pattern.compile("^(?:(?:" + ADVERBS + ")[,，]?)*"
			+ "(?:加强|强化|落实|压实|开展|推进|推动|深化|组织|督促|建立|健全|完善|制定|修订|做好|抓好|抓实|做实|做细|排查|整治|整改|检查|巡查|加大|提高|提升|突出|聚焦|坚持|防范|杜绝|遏制|消除|清理|关闭|取缔|查处|打击|宣传|培训|演练|储备|配备|安排|部署|贯彻|认清|增强|树立|统筹|协调|实行|执行|实施|推行|规范|加快|启动|报送|上报|建设|改造|维护|保障|完成|实现|构建|创新|发挥|用好|管好|守住|坚守|筑牢|夯实|紧盯|盯紧|瞄准|针对|结合|利用|依托|发动|引导|鼓励|严把|严防|严查|严控|严格|密切|科学|重视|认识|确保|对(?![^,，。；]{1,40}[,，])|立即|消除|构建|研究|组建|成立|增加|明确|细化|迅速|抓住|围绕|强力|全力|切实|深入|扎实|持续|集中|着力|落细|压紧|织密|补齐|健全|摸清|摸排|组建|成立|明确|细化|把|以|从|按照|根据|依照|逐级|层层|严肃|主动|积极|及时|定期|每月|每周|每季度|每年)");

	/** Event reporting: the meeting took place, somebody presided, listened, relayed. */
	static final Pattern NARRATIVE = Pattern.compile(
			"(?:召开|举行|举办)(?:了)?[^,，。；]{0,20}?(?:会|会议|座谈|调度|培训班)|(?:参加|出席|列席|主持)(?:了)?(?:会议|本次会议|此次会议)|会议由|主持会议|(?:听取|审议|通报|传达|学习|观看|宣读|讨论|研究|总结|回顾|汇报|交流|介绍|分析|通过|表彰|颁发|签订|通报了|作了|做了|进行了)了"
					+ "|(?:进行了|作了|做了)[^,，。；]{0,12}(?:发言|讲话|部署|汇报|通报|安排|动员|总结|点评)|据悉|据了解|记者|本报讯|报道|^(?:会上|会前|会后|随后|近日|日前|目前|今天|昨天|此前)[,，]?(?!要|各)[^,，。；]{0,20}?(?:传达|通报|听取|审议|汇报|学习|观看|介绍|发言|宣读|部署|作)");

	/**
	 * Judging the situation: what is, not what to do (当前形势严峻, 取得明显成效, 同比下降).
	 */
	static final Pattern ASSESSMENT = Pattern.compile(
			"^鉴于|^(?:当前|目前|今年以来|近期|近年来|去年以来|入冬以来|入汛以来|岁末年初|节假日期间)?[^,，。；]{0,10}?(?:是|正值|处于|进入)[^,，。；]{0,14}?(?:期|阶段|时期|季节|关键)|形势(?:依然|仍然|十分|非常|总体)?(?:严峻|复杂|平稳|稳定|好转)|取得(?:了)?(?:明显|显著|积极|一定)?(?:成效|成绩|进展)|同比(?:下降|上升|增长|减少)|明显(?:反弹|增多|上升|下降)|不容乐观|充分肯定|值得肯定|\\d+起|(?:共|累计)[^,，。；]{0,8}\\d");

	/**
	 * Words of mind and attitude: a clause made only of these is exhortation, not work
	 * that can be assigned and checked.
	 */
	static final Pattern MINDSET = Pattern.compile(
			"思想|认识|重视|站位|警钟|之弦|清醒|麻痹|侥幸|松懈|厌战|大局|政治|责任感|使命感|紧迫感|精神|指示批示|重要指示|重要批示|部署要求|红线|底线|意识|理念|担当|作风|态度|决心|信心|认清|重要性|重要意义|极端重要|严峻性|复杂性|艰巨性|以人民为中心|生命至上|人民至上|统一到|高度负责|万无一失|长鸣|绷紧|主动性|针对性|坚定|牢固树立|时刻|守住|绝不");

	/** Concrete work: a clause with one of these can be checked. */
	static final Pattern CONCRETE = Pattern.compile(
			"责任|排查|检查|整治|整改|督查|督导|执法|查处|打击|建立|制定|修订|完善|报送|上报|报告|组建|成立|配备|储备|值班|值守|巡查|监测|预警|演练|培训|宣传|关闭|停产|疏散|转移|加固|鉴定|清理|更换|安装|改造|考核|问责|约谈|通报|台账|清单|方案|制度|预案|专项|行动|活动|检测|评估|审查|许可|验收|备案|登记|摸底|普查|统计|核查|隐患|治理|机制|系统|队伍|物资|设施|设备|资金|经费|人员|车辆|场所|企业|项目|工程");

	/** Clauses that only elaborate the one before: a condition, a goal, an addition. */
	static final Pattern ELABORATION_START = Pattern.compile(
			"^(?:并且|并|而且|从而|进而|以此|以便|特别是|尤其是|其中|具体|做到|力争|努力|确保|保证|防止|避免|杜绝|严防|如|若|如有|凡|凡是|一旦|暂时|不能|对于?[^,，。；]{1,40}[,，]|[^,，。；]{0,20}的[,，]要)");

	/** A clause that tells what the speaker or the issuing body will do itself. */
	static final Pattern OWN_COMMITMENT = Pattern.compile(
			"(?:^|[,，])(?:我|我们|本人|我市|本市|我县|本县|我区|本区|我镇|本镇|市政府|县政府|区政府|镇政府|(?:市|县|区|镇)?安委会|(?:市|县|区|镇)?安委办)[^,，。；]{0,6}?将");

	/** Connectors that add another piece of work: 同时，建立…; 此外，… */
	static final Pattern ADDITION = Pattern.compile("^(?:同时|此外|另外|还要|再者|与此同时)[,，]?");

	/** A sentence that announces a list: 提出以下要求, 通知如下, 重点抓好以下工作. */
	static final Pattern LIST_ANNOUNCEMENT = Pattern.compile(
			"(?:以下|如下|下列|几点|几项|[一二三四五六七八九十两\\d]+(?:项|点|条|个方面))(?:要求|意见|工作|事项|措施|任务|内容|建议)?[:：]?$|通知如下|纪要如下|要求如下|明确如下|[:：]$");

	/** Words that start a predicate: a party list ends before one of these. */
	static final Pattern PREDICATE_START = Pattern.compile(
			"^(?:要|还要|必须|务必|应当|应该|应|须|需|负责|牵头|配合|协助|协同|会同|联合|共同|分别|按照|依照|根据|结合|立即|迅速|切实|认真|进一步|加强|加大|严格|全面|深入|对|在|于|将|把|做好|抓好|组织|开展|落实|督促|持续|继续|不得|严禁|一律|均|都|也|还|已|正|即|则|就|以|从|向|为|由|和|及|与|等|、|,|，|;|；|。|:|：|\\s|$|\\)|）|"
					+ "立足|围绕|针对|依法|主动|积极|及时|尽快|定期|每|要求|提出|强调|指出|部署|召开|举行|参加|出席|列席|作|做|进行|认真|高度|扎实|着力|大力|全力|坚决|坚持|加快|重点|集中|务|抓|查|建|制|推|强|压|严|确保|做到|守住|承担|解决|实施|办理|成立|组建|安排|落|排|整|检|巡)");

	/** The body a report goes to: 报市安委办, 向…报告, 抄送…. */
	static final Pattern RECIPIENT_BEFORE = Pattern.compile("(?:报送|上报|报告|报给|报至|报到|送交|提交|抄送|抄报|汇报|反馈|报|送|交|向|给|至)$");

	/** Pronouns that stand for the addressee of a reply or letter. */
	static final Pattern ADDRESSEE_PRONOUN = Pattern
		.compile("^(?:你们|你局|你委|你办|你厅|你处|你单位|你公司|你院|你市|你县|你区|你镇|你乡|贵单位|贵局|贵公司)");

	static boolean isHanChar(char ch) {
		return ch >= '\u4e00' && ch <= '\u9fff';
	}

	static String han() {
		return HAN;
	}

}
