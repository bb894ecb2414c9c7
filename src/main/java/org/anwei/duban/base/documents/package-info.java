@NullMarked
package org.anwei.duban.base.documents;

import org.jspecify.annotations.NullMarked;
