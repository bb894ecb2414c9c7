@NullMarked
package org.anwei.duban.security.internal;

import org.jspecify.annotations.NullMarked;
