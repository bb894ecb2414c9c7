@NullMarked
package org.anwei.duban.audit.internal;

import org.jspecify.annotations.NullMarked;
