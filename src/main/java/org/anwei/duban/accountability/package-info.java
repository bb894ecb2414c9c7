/**
 * The accountability register (问责台账): 约谈, 通报批评, 问责 and 表扬 recorded by staff with the
 * department, persons, who decided, linked records and an optional document, read by
 * everyone within their department scope and exported to Excel. Published:
 * {@link org.anwei.duban.accountability.AccountabilityService} and its records. It links
 * tasks through the task module's published queries, and any other supervised item will
 * link the same way.
 */
@ApplicationModule(displayName = "Accountability")
@NullMarked
package org.anwei.duban.accountability;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
