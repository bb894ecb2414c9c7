package org.anwei.duban.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The placeholders a monthly report template may hold, written {@code {{名称}}} in the Word
 * file. A text placeholder becomes a number or a sentence wherever it stands; a block
 * placeholder standing alone in a paragraph becomes a table or paragraphs (elsewhere, its
 * lines of text). The list is shown to staff on the reports page and in the README.
 */
public enum ReportPlaceholder {

	NUMBER("文号", false), COMMITTEE("发文单位", false), DATE("发文日期", false), MONTH("年月", false), PERIOD("期间", false),
	TASK_SUMMARY("任务概况", false), TASKS_ISSUED("下达任务数", false), TASKS_COMPLETED("办结任务数", false),
	ON_TIME_RATE("按期办结率", false), TASKS_OVERDUE("超期任务数", false), HAZARD_SUMMARY("隐患概况", false),
	HAZARDS_FOUND("新发现隐患数", false), HAZARDS_OPEN("未销号隐患数", false), HAZARDS_MAJOR("重大隐患数", false),
	HAZARDS_OVERDUE("超期隐患数", false), HAZARDS_REBOUND("反弹隐患数", false), FINDINGS("暗访发现问题数", false), ACTIONS("问责数", false),
	RANKING("排名表", true), OVERDUE_TASKS("超期任务表", true), HAZARDS_BY_DISTRICT("隐患区域分布表", true),
	HAZARDS_BY_INDUSTRY("隐患行业分布表", true), UNANNOUNCED("暗访发现表", true), ACCOUNTABILITY("问责情况", true);

	private final String word;

	private final boolean block;

	ReportPlaceholder(String word, boolean block) {
		this.word = word;
		this.block = block;
	}

	/** The name written between the braces. */
	public String word() {
		return this.word;
	}

	/** As written in a template: {@code {{文号}}}. */
	public String written() {
		return "{{" + this.word + "}}";
	}

	public boolean block() {
		return this.block;
	}

	/** What it becomes, for the list of placeholders. */
	public String descriptionKey() {
		return "report.placeholder." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static Optional<ReportPlaceholder> of(String word) {
		return Arrays.stream(values()).filter(p -> p.word.equals(word)).findFirst();
	}

}
