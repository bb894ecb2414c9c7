@NullMarked
package org.anwei.duban.report.ui;

import org.jspecify.annotations.NullMarked;
