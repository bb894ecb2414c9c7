package org.anwei.duban.task;

import java.util.Locale;

/**
 * 进展报告 (progress), 配合反馈 (an assisting department's part), 办结报告 (the lead's completion
 * report), 审核意见 (staff's review), 领导批示 (a leader's instruction), 任务材料 (documents staff
 * attach to the task itself).
 */
public enum ReportKind {

	PROGRESS, FEEDBACK, COMPLETION, REVIEW, INSTRUCTION, MATERIAL;

	public String labelKey() {
		return "task.report-kind." + name().toLowerCase(Locale.ROOT);
	}

}
