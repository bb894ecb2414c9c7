@NamedInterface("ui")
@NullMarked
package org.anwei.duban.organization.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
