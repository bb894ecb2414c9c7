/**
 * Evidence: files people hand in as proof — photos, PDF, Word and Excel — checked by
 * their bytes before anything keeps them (size, type, archive bombs, pixel bombs), with a
 * small thumbnail for photos. Published: {@link org.anwei.duban.evidence.Upload} (a file
 * as received) and {@link org.anwei.duban.evidence.Evidence} (the check). Any supervised
 * item — a task, an accountability record, a hazard — stores what the check returns.
 */
@ApplicationModule(displayName = "Evidence")
@NullMarked
package org.anwei.duban.evidence;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
