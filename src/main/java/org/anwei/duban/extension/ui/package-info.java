@NamedInterface("ui")
@NullMarked
package org.anwei.duban.extension.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
