/**
 * The audit log view, and the history line that record pages of other modules show in
 * their timelines.
 */
@NamedInterface("ui")
@NullMarked
package org.anwei.duban.audit.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
