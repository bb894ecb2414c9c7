/**
 * What operators watch: open browser tabs and sessions as gauges, and the time each
 * view's requests take, next to Spring's own metrics (HTTP, HikariCP, JVM) on
 * {@code /actuator/prometheus}.
 */
@NullMarked
package org.anwei.duban.base.monitoring;

import org.jspecify.annotations.NullMarked;
