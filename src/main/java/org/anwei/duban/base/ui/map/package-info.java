/**
 * A map of the jurisdiction for any view: regions coloured by a figure (choropleth) and
 * markers, drawn by Leaflet from the npm registry (see {@code frontend/components}).
 */
@NullMarked
package org.anwei.duban.base.ui.map;

import org.jspecify.annotations.NullMarked;
