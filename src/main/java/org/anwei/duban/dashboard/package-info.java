/**
 * Read-only summaries: the home page (工作台) that greets every role with what matters to
 * it. Leaders' dashboards, rankings and drill-down grow here as tasks and hazards arrive.
 */
@ApplicationModule(displayName = "Dashboard")
@NullMarked
package org.anwei.duban.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
