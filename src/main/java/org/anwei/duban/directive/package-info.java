/**
 * Directives (要求/议定事项): what leaders require at safety meetings, extracted from speeches,
 * minutes and notices, reviewed by staff and issued as tasks. The extraction engine is
 * plain Java in {@code extraction}.
 */
@ApplicationModule(displayName = "Directives")
@NullMarked
package org.anwei.duban.directive;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
