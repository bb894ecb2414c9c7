@NullMarked
package org.anwei.duban.organization.ui;

import org.jspecify.annotations.NullMarked;
