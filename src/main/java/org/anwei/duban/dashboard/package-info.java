/**
 * Read-only summaries: the home page (工作台) that greets every role with what matters to
 * it, and the leaders' dashboard (领导驾驶舱) — headline figures against the previous period,
 * the department ranking with its score, charts, and drill-down to the lists each number
 * counts — composed from the figures the task, hazard and accountability modules count in
 * SQL. Published: {@link org.anwei.duban.dashboard.DashboardService}.
 */
@ApplicationModule(displayName = "Dashboard")
@NullMarked
package org.anwei.duban.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
