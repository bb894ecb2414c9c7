/**
 * The upload field for evidence that forms of other modules embed (a report, a new task,
 * a hazard's photos).
 */
@NamedInterface("ui")
@NullMarked
package org.anwei.duban.evidence.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
