/**
 * Departments (成员单位): the member units of the safety committee, district governments and
 * enterprises that receive work. A department is known by several names, including former
 * ones (aliases), so that a directive naming 市安监局 reaches today's 市应急管理局.
 */
@ApplicationModule(displayName = "Organization")
@NullMarked
package org.anwei.duban.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
