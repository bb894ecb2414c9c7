@NullMarked
package org.anwei.duban.security.ui;

import org.jspecify.annotations.NullMarked;
