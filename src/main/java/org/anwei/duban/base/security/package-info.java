@NullMarked
package org.anwei.duban.base.security;

import org.jspecify.annotations.NullMarked;
