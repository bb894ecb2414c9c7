/**
 * The audit trail: an append-only record of who did what, when and from where. Every
 * state change and field change in every module, and every login, logout and failed
 * attempt, ends up here. Entries are never updated or deleted by the application.
 */
@ApplicationModule(displayName = "Audit trail")
@NullMarked
package org.anwei.duban.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
