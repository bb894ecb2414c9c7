/**
 * Demo work for the {@code demo} profile: a meeting with a speech, its requirements
 * reviewed and issued, and tasks in several states, so a new user sees the product at
 * work. Never active in production.
 */
@ApplicationModule(displayName = "Demo")
@NullMarked
package org.anwei.duban.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
