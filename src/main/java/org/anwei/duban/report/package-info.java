/**
 * The monthly report (月度通报): a Word draft counted from the month's tasks, ranking,
 * hazards, unannounced visits and accountability actions, filled into a template the
 * committee can change by uploading a new one; numbered within the year like the other
 * notices (安委办通〔2026〕11号); staff download the draft, edit it in Word and issue it by
 * uploading the final file. Published:
 * {@link org.anwei.duban.report.MonthlyReportService} (drafts, issuing),
 * {@link org.anwei.duban.report.ReportTemplates} (the template) and
 * {@link org.anwei.duban.report.ReportPlaceholder}.
 */
@ApplicationModule(displayName = "Monthly report")
@NullMarked
package org.anwei.duban.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
