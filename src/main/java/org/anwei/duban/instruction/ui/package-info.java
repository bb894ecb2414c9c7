@NamedInterface("ui")
@NullMarked
package org.anwei.duban.instruction.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
