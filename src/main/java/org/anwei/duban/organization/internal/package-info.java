@NullMarked
package org.anwei.duban.organization.internal;

import org.jspecify.annotations.NullMarked;
