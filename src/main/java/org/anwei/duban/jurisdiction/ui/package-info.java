@NullMarked
package org.anwei.duban.jurisdiction.ui;

import org.jspecify.annotations.NullMarked;
