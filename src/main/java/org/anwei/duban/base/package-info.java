/**
 * Shared kernel: entity base class, validation and conflict exceptions, i18n, the current
 * user, the tabular-file reader used by imports, and the main layout. Every feature
 * module may use it; it depends on no feature module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package org.anwei.duban.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
