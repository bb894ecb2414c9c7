/**
 * How the REST API answers when it cannot do what was asked: RFC 9457 problem details in
 * the caller's language, for errors raised in controllers and in the security filters
 * alike.
 */
@NullMarked
package org.anwei.duban.base.api;

import org.jspecify.annotations.NullMarked;
