/**
 * The hazard ledger's screens; other modules' screens open the hazard form
 * ({@link org.anwei.duban.hazard.ui.HazardFormDialog#forFinding}) and show hazard badges.
 */
@NamedInterface("ui")
@NullMarked
package org.anwei.duban.hazard.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
