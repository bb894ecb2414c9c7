/**
 * What a node needs to run beside others behind a reverse proxy: its name in the session
 * ids for sticky routing. Scheduled jobs run once across nodes through ShedLock (see
 * {@code base.scheduling}); files live in the shared database.
 */
@NullMarked
package org.anwei.duban.base.cluster;

import org.jspecify.annotations.NullMarked;
