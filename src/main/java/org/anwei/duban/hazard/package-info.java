/**
 * The hazard ledger (隐患台账): hazards found by inspections, unannounced visits, reports and
 * self-checks, followed through rectification and acceptance to close-out (销号), with the
 * 五落实 of major hazards enforced. Hazards are supervised items: overdue ones are reminded
 * and escalated by the supervision module; a hazard can spawn a rectification task.
 * Published: {@link org.anwei.duban.hazard.HazardService},
 * {@link org.anwei.duban.hazard.HazardQueries} and their records.
 */
@ApplicationModule(displayName = "Hazard ledger")
@NullMarked
package org.anwei.duban.hazard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
