/**
 * Inspections (检查, 暗访督查, 专项检查, 联合检查, 上级督查): the date, kind, team (persons and
 * departments) and sites of each, and what it found — every finding registered on the
 * spot as a hazard on the ledger (through the hazard module) or handed to a department as
 * a task (through the task module). The month's unannounced-visit findings, per
 * department and district, export to Excel. Published:
 * {@link org.anwei.duban.inspection.InspectionService},
 * {@link org.anwei.duban.inspection.InspectionQueries} and their records.
 */
@ApplicationModule(displayName = "Inspections")
@NullMarked
package org.anwei.duban.inspection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
