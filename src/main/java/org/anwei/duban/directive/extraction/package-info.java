/**
 * The directive-extraction engine: plain Java with no Spring or Vaadin imports, so it is
 * unit-tested in milliseconds and runs the same in the web app, the REST API and the
 * command line. It works on the text as given: every offset it returns is a Java
 * {@code String} index into the caller's input.
 */
@NamedInterface("extraction")
@NullMarked
package org.anwei.duban.directive.extraction;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
