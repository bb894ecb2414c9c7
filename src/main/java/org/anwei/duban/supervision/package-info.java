/**
 * Supervision (督查督办) of anything with a deadline and responsible departments: the daily
 * reminders, the escalation ladder of overdue work (蓝 → 黄 → 红 督办), urging by hand (催办),
 * and the numbered 督办/催办 notices as Word and PDF. The owning module plugs its items in by
 * implementing {@link org.anwei.duban.supervision.SupervisedItems} (tasks now, hazards
 * next) and keeps a {@link org.anwei.duban.supervision.SupervisionState} in its records;
 * {@link org.anwei.duban.supervision.DepartmentNotifier} tells an item's departments.
 */
@ApplicationModule(displayName = "Supervision")
@NullMarked
package org.anwei.duban.supervision;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
