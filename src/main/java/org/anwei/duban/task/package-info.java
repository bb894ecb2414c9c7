/**
 * Tasks (任务): what a department must do, by when, issued from a meeting's directives or
 * written by staff. The lead department (牵头单位) answers for the task; assisting
 * departments (配合单位) sign and report on their part. Staff review, return, accept, cancel
 * and decide on extensions; every step is recorded.
 */
@ApplicationModule(displayName = "Tasks")
@NullMarked
package org.anwei.duban.task;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
