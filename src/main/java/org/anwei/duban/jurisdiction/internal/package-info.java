@NullMarked
package org.anwei.duban.jurisdiction.internal;

import org.jspecify.annotations.NullMarked;
