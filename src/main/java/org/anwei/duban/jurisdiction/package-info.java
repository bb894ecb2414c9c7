/**
 * The jurisdiction's map (辖区地图): the boundaries of its districts and counties as a
 * GeoJSON that an administrator uploads, checked and kept with who uploaded it when, and
 * the optional tile server that adds a background. Published:
 * {@link org.anwei.duban.jurisdiction.JurisdictionMapService} and
 * {@link org.anwei.duban.jurisdiction.JurisdictionMap}; the hazard distribution map and
 * the dashboard draw on it.
 */
@ApplicationModule(displayName = "Jurisdiction map")
@NullMarked
package org.anwei.duban.jurisdiction;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
