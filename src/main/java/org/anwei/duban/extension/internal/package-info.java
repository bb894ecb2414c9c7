@NullMarked
package org.anwei.duban.extension.internal;

import org.jspecify.annotations.NullMarked;
