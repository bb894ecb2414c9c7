/** The list of an item's 督办/催办 notices with their files, for record pages to embed. */
@NamedInterface("ui")
@NullMarked
package org.anwei.duban.supervision.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
