@NullMarked
package org.anwei.duban.instruction.internal;

import org.jspecify.annotations.NullMarked;
