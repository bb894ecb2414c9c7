@NullMarked
package org.anwei.duban.audit.ui;

import org.jspecify.annotations.NullMarked;
