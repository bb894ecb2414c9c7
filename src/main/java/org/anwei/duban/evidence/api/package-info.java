/** Files received by the REST API, as the evidence check takes them. */
@NamedInterface("api")
@NullMarked
package org.anwei.duban.evidence.api;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
