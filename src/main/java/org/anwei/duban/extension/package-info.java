/**
 * Extension requests (延期申请) for anything with a deadline: the responsible department asks
 * with a reason and a later date, one request at a time and up to the owner's limit of
 * approved ones; staff approve (the owner moves the deadline) or reject with a reason.
 * The owning module plugs its records in by implementing
 * {@link org.anwei.duban.extension.ExtendableItems} (tasks, hazards); published:
 * {@link org.anwei.duban.extension.ExtensionRequests}, its records, and the request
 * dialog in {@code ui}.
 */
@ApplicationModule(displayName = "Extension requests")
@NullMarked
package org.anwei.duban.extension;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
