/**
 * Meetings (会议) and their source documents: what was said, when, by whom, and the
 * original files it came in. A meeting moves from 草稿 (draft) to 已分解 (its requirements
 * extracted and reviewed) to 已下发 (issued as tasks).
 */
@ApplicationModule(displayName = "Meetings")
@NullMarked
package org.anwei.duban.meeting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
